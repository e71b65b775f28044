<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Casewright</source>
        <translation>關於 Casewright</translation>
    </message>
    <message>
        <source>Offline assistant for support engineers&apos; case replies and escalations.</source>
        <translation>離線助手，協助支援工程師撰寫案件回覆與升級說明。</translation>
    </message>
    <message>
        <source>Your cases, settings, templates and dictionary are in this data folder:</source>
        <translation>您的案件、設定、範本與字典都在此資料夾：</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>waiting on customer</source>
        <translation>等待客戶回覆</translation>
    </message>
    <message>
        <source>waiting on product team</source>
        <translation>等待產品團隊</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Customer organisation</source>
        <translation>客戶組織</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Resource IDs</source>
        <translation>資源 ID</translation>
    </message>
    <message>
        <source>Severity (customer)</source>
        <translation>嚴重程度（客戶選擇）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Search cases (ID, subject, customer…)</source>
        <translation>搜尋案件（編號、主旨、客戶…）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜尋案件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新增案件</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>新增案件（Ctrl+N）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已封存</translation>
    </message>
    <message>
        <source>Order and filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Next step: what you will do next on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s time zone (guessed from the region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolderFeature</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport case…</source>
        <translation>匯出案件(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>匯入案件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;About Casewright</source>
        <translation>關於 Casewright(&amp;A)</translation>
    </message>
    <message>
        <source>Back up Casewright</source>
        <translation>備份 Casewright</translation>
    </message>
    <message>
        <source>Backed up {cases} cases and {files} other files to {path}</source>
        <translation>已將 {cases} 個案件與 {files} 個其他檔案備份至 {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>無法還原</translation>
    </message>
    <message>
        <source>Restore the backup made {when} UTC ({cases} cases)?</source>
        <translation>要還原 {when} UTC 建立的備份（{cases} 個案件）嗎？</translation>
    </message>
    <message>
        <source>Casewright will restart. Your current cases, settings, templates and dictionary are not deleted: they move to a before-restore folder in {folder}</source>
        <translation>Casewright 將重新啟動。目前的案件、設定、範本與字典不會被刪除，而是移至 {folder} 中的 before-restore 資料夾</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>匯出案件</translation>
    </message>
    <message>
        <source>Case exported to {path}</source>
        <translation>案件已匯出至 {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>匯入案件</translation>
    </message>
    <message>
        <source>Imported case {case_id}</source>
        <translation>已匯入案件 {case_id}</translation>
    </message>
    <message>
        <source>(a case with this ID was already here; both are kept)</source>
        <translation>（已有相同 ID 的案件；兩者皆保留）</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>Casewright backups (*{suffix})</source>
        <translation>Casewright 備份 (*{suffix})</translation>
    </message>
    <message>
        <source>Casewright cases (*{suffix})</source>
        <translation>Casewright 案件 (*{suffix})</translation>
    </message>
</context>
<context>
    <name>DataFolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Show the data folder in your file manager</source>
        <translation>在檔案管理員中顯示資料夾</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>Case due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorZoom</name>
    <message>
        <source>Editor zoom: {percent}%</source>
        <translation>編輯器縮放：{percent}%</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>實際大小(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Fields marked{mark} are required. Hover a field for its hint.</source>
        <translation>標有{mark}的欄位為必填。將游標移到欄位上可查看提示。</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <source>Case facts</source>
        <translation>案件資訊</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Also remove the redacted secrets from the earlier saved version</source>
        <translation>一併從先前儲存的版本中移除已遮蔽的機密</translation>
    </message>
    <message>
        <source>Also remove the redacted secrets from the {count} earlier saved versions</source>
        <translation>一併從先前儲存的 {count} 個版本中移除已遮蔽的機密</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases touched in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving team&apos;s time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} secret(s) redacted by the pre-send gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCleaner</name>
    <message>
        <source>Removed the redacted secrets from 1 earlier version.</source>
        <translation>已從 1 個先前版本中移除遮蔽的機密。</translation>
    </message>
    <message>
        <source>Removed the redacted secrets from {count} earlier versions.</source>
        <translation>已從 {count} 個先前版本中移除遮蔽的機密。</translation>
    </message>
    <message>
        <source>Could not remove the secrets from the saved versions: {reason}</source>
        <translation>無法從已儲存的版本中移除機密：{reason}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation>已儲存的版本</translation>
    </message>
    <message>
        <source>Preview of the chosen version</source>
        <translation>所選版本的預覽</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>還原此版本</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Paste customer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste what the customer wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts found — accept or reject each (A / R):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} found · {1} accepted · {2} rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>When you next start Casewright, the damaged store will be set aside (kept, not deleted) and a fresh one created.</source>
        <translation>下次啟動 Casewright 時，損毀的資料庫會被移到一旁（保留而不刪除），並建立新的資料庫。</translation>
    </message>
    <message>
        <source>Casewright could not note this for the next start ({error}).</source>
        <translation>Casewright 無法記下此狀況以供下次啟動時處理（{error}）。</translation>
    </message>
    <message>
        <source>The case store is damaged: see the warning</source>
        <translation>案件資料庫已損毀：請參閱警告訊息</translation>
    </message>
    <message>
        <source>Your case store is damaged</source>
        <translation>您的案件資料庫已損毀</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found damage in {path}:

{problem}

Your open drafts are still in the editors: copy anything important somewhere safe. </source>
        <translation>SQLite 完整性檢查在 {path} 中發現損毀：

{problem}

開啟中的草稿仍在編輯器中：請將重要內容複製到安全的地方。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No changes</source>
        <translation>沒有變更</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編輯中…</translation>
    </message>
    <message>
        <source>Restored {case}</source>
        <translation>已還原 {case}</translation>
    </message>
    <message>
        <source>Archived {case}</source>
        <translation>已封存 {case}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已於 {time} 儲存</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your text is still here; retrying in a few seconds.</source>
        <translation>未儲存：{reason}。您的內容仍在這裡，幾秒後會再試一次。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新增案件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Archive or restore case</source>
        <translation>封存或還原案件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>複製回覆(&amp;C)</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>尋找案件</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>Reply &amp;history…</source>
        <translation>回覆記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Escalation history…</source>
        <translation>升級記錄(&amp;E)…</translation>
    </message>
    <message>
        <source>Show or hide case &amp;facts</source>
        <translation>顯示或隱藏案件資訊(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>設定未儲存</translation>
    </message>
    <message>
        <source>Could not save settings: {error}</source>
        <translation>無法儲存設定：{error}</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>設定已儲存</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Restart Casewright to see the new language.</source>
        <translation>重新啟動 Casewright 後即會套用新的語言。</translation>
    </message>
    <message>
        <source>Reply copied to the clipboard</source>
        <translation>已將回覆複製到剪貼簿</translation>
    </message>
    <message>
        <source>History</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>No saved versions of the {document} yet.</source>
        <translation>{document}還沒有已儲存的版本。</translation>
    </message>
    <message>
        <source>{document} history</source>
        <translation>{document}記錄</translation>
    </message>
    <message>
        <source>Restored the version; Ctrl+Z undoes it</source>
        <translation>已還原該版本；按 Ctrl+Z 可復原</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste customer message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “reply sent”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handover note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set to open: the customer answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message added to the thread; {0} fact(s) accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueFeature</name>
    <message>
        <source>Show only overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “reply sent”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is no longer marked as sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <source>Write the reply to the customer here, or press Ctrl+K for a template.</source>
        <translation>在此撰寫給客戶的回覆，或按 Ctrl+K 套用範本。</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>回覆客戶</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <source>Reply to customer</source>
        <translation>回覆客戶</translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message>
        <source>Not used: {problem}</source>
        <translation>未使用：{problem}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統設定</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Used in reply signatures.</source>
        <translation>用於回覆信件的簽名。</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>團隊名稱</translation>
    </message>
    <message>
        <source>Team template folders</source>
        <translation>團隊範本資料夾</translation>
    </message>
    <message>
        <source>Folders (often git checkouts) with your team&apos;s templates.</source>
        <translation>存放團隊範本的資料夾（通常是 git 儲存庫的工作目錄）。</translation>
    </message>
    <message>
        <source>Severity definitions</source>
        <translation>嚴重程度定義</translation>
    </message>
    <message>
        <source>Which provider&apos;s severity levels cases are assessed on.</source>
        <translation>評估案件時所依據的供應商嚴重程度等級。</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>支援方案</translation>
    </message>
    <message>
        <source>The customers&apos; usual support plan (e.g. Enterprise); empty for the definitions&apos; default.</source>
        <translation>客戶通常使用的支援方案（例如 Enterprise）；留空則使用定義中的預設值。</translation>
    </message>
    <message>
        <source>Queue policy file</source>
        <translation>佇列政策檔案</translation>
    </message>
    <message>
        <source>Your team&apos;s business hours and follow-up policy (YAML); empty for the bundled one.</source>
        <translation>團隊的上班時間與後續追蹤政策（YAML）；留空則使用內建的政策。</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>您的時區</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Dublin; empty for this computer&apos;s zone.</source>
        <translation>IANA 時區名稱，例如 Asia/Taipei；留空則使用這台電腦的時區。</translation>
    </message>
    <message>
        <source>Receiving team&apos;s time zone</source>
        <translation>接手團隊的時區</translation>
    </message>
    <message>
        <source>IANA name shown next to UTC in handover notes.</source>
        <translation>交接筆記中與 UTC 並列顯示的 IANA 時區名稱。</translation>
    </message>
    <message>
        <source>LanguageTool server</source>
        <translation>LanguageTool 伺服器</translation>
    </message>
    <message>
        <source>URL of your team&apos;s LanguageTool server; empty to not use one.</source>
        <translation>團隊 LanguageTool 伺服器的網址；留空表示不使用。</translation>
    </message>
    <message>
        <source>Local LanguageTool</source>
        <translation>本機 LanguageTool</translation>
    </message>
    <message>
        <source>Folder of a LanguageTool download, started with Java 17+.</source>
        <translation>已下載的 LanguageTool 所在資料夾，以 Java 17 以上版本啟動。</translation>
    </message>
    <message>
        <source>LanguageTool download mirror</source>
        <translation>LanguageTool 下載鏡像站</translation>
    </message>
    <message>
        <source>Where the one-time LanguageTool download comes from.</source>
        <translation>首次下載 LanguageTool 時使用的來源。</translation>
    </message>
    <message>
        <source>LanguageTool memory cap</source>
        <translation>LanguageTool 記憶體上限</translation>
    </message>
    <message>
        <source>Java memory for the local LanguageTool, e.g. 512m or 1g.</source>
        <translation>本機 LanguageTool 可使用的 Java 記憶體，例如 512m 或 1g。</translation>
    </message>
    <message>
        <source>Internal domains</source>
        <translation>內部網域</translation>
    </message>
    <message>
        <source>Host names that must not appear in customer replies.</source>
        <translation>不得出現在客戶回覆中的主機名稱。</translation>
    </message>
    <message>
        <source>Extra secret rules</source>
        <translation>額外的機密規則</translation>
    </message>
    <message>
        <source>Rule files in gitleaks&apos; format, such as your security team&apos;s .gitleaks.toml, one path a line; a team folder&apos;s gate/rules.toml is read as well.</source>
        <translation>gitleaks 格式的規則檔（例如資安團隊的 .gitleaks.toml），每行一個路徑；團隊資料夾中的 gate/rules.toml 也會一併讀取。</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>自動儲存延遲</translation>
    </message>
    <message>
        <source>Milliseconds after the last keystroke before a draft is saved.</source>
        <translation>最後一次按鍵後，經過幾毫秒才儲存草稿。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The language of menus and messages; used from the next start.</source>
        <translation>選單與訊息使用的語言；下次啟動時生效。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Light or dark; by default as the system is set.</source>
        <translation>淺色或深色；預設跟隨系統設定。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>{error}. Default settings are used; your file was not changed.</source>
        <translation>{error}。將使用預設設定；您的檔案未被更動。</translation>
    </message>
    <message>
        <source>Casewright is waiting for the case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casewright is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casewright cannot open your cases</source>
        <translation>Casewright 無法開啟您的案件</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Case → Paste customer message (Ctrl+Shift+V) adds one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <source>Simplified Chinese character in a Traditional Chinese (Taiwan) reply.</source>
        <translation>繁體中文（台灣）回覆中出現簡體字。</translation>
    </message>
    <message>
        <source>Taiwan punctuation: 「」 for quotes, …… for an ellipsis, one full stop.</source>
        <translation>台灣標點用法：引號用「」，刪節號用……，句號只用一個。</translation>
    </message>
    <message>
        <source>The same punctuation mark twice.</source>
        <translation>同一個標點符號重複了兩次。</translation>
    </message>
    <message>
        <source>Full-width letters, digits or spaces beside Latin text; use half-width.</source>
        <translation>英數字或空格使用了全形；請改用半形。</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>Casewright hit an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Casewright. Your drafts are safe: what you typed is saved as you go. If it happens again, please send the details with a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
