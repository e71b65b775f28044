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
        <translation>協助支援工程師撰寫案件回覆與升級說明的離線工具。</translation>
    </message>
    <message>
        <source>Your cases, settings, templates and dictionary are in this data folder:</source>
        <translation>您的案件、設定、範本與字典都在這個資料夾中：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these details for a bug report</source>
        <translation>複製這些資訊以回報問題</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Handover note</source>
        <translation>交接筆記</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>客戶訊息</translation>
    </message>
    <message>
        <source>Facts found</source>
        <translation>找到的資訊</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Template fields</source>
        <translation>範本欄位</translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation>範本問題</translation>
    </message>
    <message>
        <source>Template source</source>
        <translation>範本原始碼</translation>
    </message>
    <message>
        <source>Details for a bug report</source>
        <translation>錯誤回報用的詳細資訊</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>檢查清單範本</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>AnswersForm</name>
    <message>
        <source>Production is affected</source>
        <translation>正式環境受到影響</translation>
    </message>
    <message>
        <source>Critical business functions are unavailable</source>
        <translation>關鍵業務功能無法使用</translation>
    </message>
    <message>
        <source>A workaround keeps the business going</source>
        <translation>已有因應措施可維持業務運作</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>e.g. go-live Friday 09:00 JST; empty if none</source>
        <translation>例如：週五 09:00 JST 正式上線；沒有請留空</translation>
    </message>
    <message>
        <source>The system is</source>
        <translation>系統狀態</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>受影響的使用者</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing in the answers shows impact beyond a general question</source>
        <translation>從回答看來，影響沒有超出一般問題的範圍</translation>
    </message>
    <message>
        <source>{text}, affecting about 1 user</source>
        <translation>{text}，影響約 1 位使用者</translation>
    </message>
    <message>
        <source>{text}, affecting about {count} users</source>
        <translation>{text}，影響約 {count} 位使用者</translation>
    </message>
    <message>
        <source>{text}, with a deadline of {deadline}</source>
        <translation>{text}，期限為 {deadline}</translation>
    </message>
    <message>
        <source>{text}; {level} is the highest level the {plan} plan offers</source>
        <translation>{text}；「{plan}」方案最高只提供「{level}」</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
    <message>
        <source>The case was opened as {chosen}, which is meant for: {criteria} From what we know so far, {recommended} fits better; the customer may know of impact we have not heard about, so ask kindly before suggesting a change.</source>
        <translation>此案例以「{chosen}」開立，這個等級適用於：{criteria}就目前所知，「{recommended}」較為合適；客戶可能知道我們尚未聽說的影響，建議調整前請先客氣地向客戶確認。</translation>
    </message>
    <message>
        <source>The case was opened as {chosen}, but the impact described matches {recommended}; suggest raising it so the case gets the faster response it needs (target first response {time}).</source>
        <translation>此案例以「{chosen}」開立，但描述的影響符合「{recommended}」；建議調高等級，讓案例得到所需的更快回應（目標初次回應：{time}）。</translation>
    </message>
    <message>
        <source>The case was opened as {chosen}, but the impact described matches {recommended}; suggest raising it so the case gets the faster response it needs.</source>
        <translation>此案例以「{chosen}」開立，但描述的影響符合「{recommended}」；建議調高等級，讓案例得到所需的更快回應。</translation>
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
    <name>CaseListModel</name>
    <message>
        <source> (archived)</source>
        <translation>（已封存）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（無主旨）</translation>
    </message>
    <message>
        <source>Severity: {severity} · Language: {language}</source>
        <translation>嚴重程度：{severity} · 語言：{language}</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>下一步：{step}</translation>
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
        <translation>排序與篩選案件</translation>
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
        <translation>下一步：您接下來要為這個案件做什麼</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Customer time zone</source>
        <translation>客戶時區</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone (guessed from the region)</source>
        <translation>客戶的時區（依區域推測）</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>追蹤</translation>
    </message>
    <message>
        <source>Customer zone:</source>
        <translation>客戶時區：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>沒有到期項目</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>（您）</translation>
    </message>
    <message>
        <source>(customer)</source>
        <translation>（客戶）</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>不明的時區：{0}</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自訂…</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>清除追蹤日期</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>追蹤日期</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Not run</source>
        <translation>未執行</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Step {number} shows the problem.</source>
        <translation>步驟 {number} 出現了問題。</translation>
    </message>
    <message>
        <source>Steps {numbers} and {last} show the problem.</source>
        <translation>步驟 {numbers} 和 {last} 出現了問題。</translation>
    </message>
    <message>
        <source>{run} of {total} step run</source>
        <translation>已執行 {run}／{total} 個步驟</translation>
    </message>
    <message>
        <source>{run} of {total} steps run</source>
        <translation>已執行 {run}／{total} 個步驟</translation>
    </message>
    <message>
        <source>Add steps to record how you reproduce the problem.</source>
        <translation>新增步驟，記錄您如何重現問題。</translation>
    </message>
    <message>
        <source>Set a step&apos;s status (Passed, Failed or Blocked) once you have run it.</source>
        <translation>執行步驟後，請設定其狀態（通過、失敗或受阻）。</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未執行</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>已重現</translation>
    </message>
    <message>
        <source>No step that ran shows the problem.</source>
        <translation>已執行的步驟都沒有出現問題。</translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation>未重現</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
</context>
<context>
    <name>CompletenessMeter</name>
    <message>
        <source>%p% complete</source>
        <translation>已完成 %p%</translation>
    </message>
    <message>
        <source>Click a line to go to its field.</source>
        <translation>按一下某一行即可跳到對應欄位。</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>待加強</translation>
    </message>
    <message>
        <source>{field}: click to go to the field</source>
        <translation>{field}：按一下跳到此欄位</translation>
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
        <translation>已將 {cases} 個案件和 {files} 個其他檔案備份到 {path}</translation>
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
        <translation>要還原於 {when} UTC 建立的備份（{cases} 個案件）嗎？</translation>
    </message>
    <message>
        <source>Casewright will restart. Your current cases, settings, templates and dictionary are not deleted: they move to a before-restore folder in {folder}</source>
        <translation>Casewright 將會重新啟動。目前的案件、設定、範本與字典不會被刪除，而是移到 {folder} 中的 before-restore 資料夾</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>匯出案件</translation>
    </message>
    <message>
        <source>Case exported to {path}</source>
        <translation>已將案件匯出到 {path}</translation>
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
        <translation>（已有相同編號的案件；兩者都會保留）</translation>
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
    <name>DateField</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>Case due</source>
        <translation>案件到期</translation>
    </message>
</context>
<context>
    <name>EditorChecker</name>
    <message>
        <source>Not checked: the text is longer than {count} characters.</source>
        <extracomment>Reads the spots ignored in a place of a case; ``None``: nothing is kept beyond memory. Keeps one more spot ignored in a place of a case. The text whose check results are shown now (tests and side lists compare it).</extracomment>
        <translation>未檢查：內容超過 {count} 個字元。</translation>
    </message>
    <message>
        <source>“{text}”: {message} (suggested: “{suggestion}”)</source>
        <translation>「{text}」：{message}（建議：「{suggestion}」）</translation>
    </message>
    <message>
        <source>“{text}”: {message}</source>
        <translation>「{text}」：{message}</translation>
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
    <name>ErrorReporter</name>
    <message>
        <source>Casewright hit an error</source>
        <translation>Casewright 發生錯誤</translation>
    </message>
    <message>
        <source>Something went wrong inside Casewright. Your drafts are safe: what you typed is saved as you go. If it happens again, please send the details with a bug report.</source>
        <translation>Casewright 內部發生錯誤。您的草稿很安全：輸入的內容會隨時儲存。如果再次發生，請將詳細資訊附在錯誤回報中寄給我們。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Always</source>
        <translation>每次都會發生</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>間歇發生</translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation>未重現</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The symptom in one sentence: what fails, where, since when. Not the fix you would like.</source>
        <translation>用一句話說明症狀：什麼失敗、在哪裡、從何時開始。不要寫您希望的修正方式。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>The AWS service, e.g. Amazon ECS.</source>
        <translation>AWS 服務，例如 Amazon ECS。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>元件</translation>
    </message>
    <message>
        <source>The feature or API, e.g. service deployments, PutObject.</source>
        <translation>功能或 API，例如服務部署、PutObject。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Region codes, e.g. eu-west-1 (or &apos;global&apos;).</source>
        <translation>區域代碼，例如 eu-west-1（或「global」）。</translation>
    </message>
    <message>
        <source>Affected versions</source>
        <translation>受影響的版本</translation>
    </message>
    <message>
        <source>Engine, runtime, platform or API versions affected.</source>
        <translation>受影響的引擎、執行環境、平台或 API 版本。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Runtime, SDK/CLI versions, relevant configuration.</source>
        <translation>執行環境、SDK／CLI 版本與相關設定。</translation>
    </message>
    <message>
        <source>Steps to reproduce</source>
        <translation>重現步驟</translation>
    </message>
    <message>
        <source>Numbered steps another engineer can follow exactly.</source>
        <translation>加上編號、其他工程師可以照著做的步驟。</translation>
    </message>
    <message>
        <source>Reproducibility</source>
        <translation>重現頻率</translation>
    </message>
    <message>
        <source>Always, intermittent or not reproduced.</source>
        <translation>每次都會發生、間歇發生或未重現。</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>發生頻率</translation>
    </message>
    <message>
        <source>e.g. &apos;3 of 5 attempts&apos;, &apos;about 2% of requests&apos;.</source>
        <translation>例如「5 次中有 3 次」、「約 2% 的請求」。</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>預期結果</translation>
    </message>
    <message>
        <source>What should have happened, per documentation.</source>
        <translation>依文件說明應該發生的結果。</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>實際結果</translation>
    </message>
    <message>
        <source>What happened instead: the exact error or output.</source>
        <translation>實際發生的情況：確切的錯誤或輸出。</translation>
    </message>
    <message>
        <source>Customer and business impact</source>
        <translation>對客戶與業務的影響</translation>
    </message>
    <message>
        <source>Who is hurt and how many; deadlines, revenue or SLA at risk, with numbers.</source>
        <translation>誰受到影響、有多少；有風險的期限、營收或 SLA，請附上數字。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>The assessed severity level.</source>
        <translation>評估後的嚴重程度等級。</translation>
    </message>
    <message>
        <source>Severity justification</source>
        <translation>嚴重程度的理由</translation>
    </message>
    <message>
        <source>One sentence: why this level under the severity definitions.</source>
        <translation>用一句話說明：依嚴重程度定義，為什麼是這個等級。</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>因應措施</translation>
    </message>
    <message>
        <source>The workaround and its cost, or an explicit &apos;none&apos;.</source>
        <translation>因應措施及其代價，或明確寫「無」。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐證</translation>
    </message>
    <message>
        <source>Request IDs, UTC timestamps, error codes, log excerpts.</source>
        <translation>請求 ID、UTC 時間戳記、錯誤代碼、記錄檔摘錄。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>When it was first seen (UTC) and what changed just before.</source>
        <translation>最早發現的時間（UTC）以及在那之前有什麼變更。</translation>
    </message>
    <message>
        <source>Already tried</source>
        <translation>已嘗試的做法</translation>
    </message>
    <message>
        <source>What was tried and what each attempt showed.</source>
        <translation>嘗試過哪些做法，以及每次的結果。</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>請求事項</translation>
    </message>
    <message>
        <source>The specific question or decision needed from the product team.</source>
        <translation>需要產品團隊回答的具體問題或決定。</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>建議的修正</translation>
    </message>
    <message>
        <source>Optional: a fix you would propose, if any.</source>
        <translation>選填：如果有的話，您建議的修正方式。</translation>
    </message>
    <message>
        <source>Service, component, region, versions</source>
        <translation>服務、元件、區域、版本</translation>
    </message>
    <message>
        <source>Expected and actual result</source>
        <translation>預期與實際結果</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>{field} is required. {hint}</source>
        <translation>「{field}」為必填。{hint}</translation>
    </message>
    <message>
        <source>Summary is under {count} words: say what fails, where and since when.</source>
        <translation>摘要少於 {count} 個字：請說明什麼失敗、在哪裡、從何時開始。</translation>
    </message>
    <message>
        <source>Summary only says something is broken: name the error, the operation and a number (status code, count, time).</source>
        <translation>摘要只說某處壞了：請寫出錯誤、操作和一個數字（狀態碼、次數、時間）。</translation>
    </message>
    <message>
        <source>Summary proposes a fix: describe the symptom here and put the fix under Suggested fix.</source>
        <translation>摘要寫的是修正方式：請在這裡描述症狀，修正方式請寫在「建議的修正」。</translation>
    </message>
    <message>
        <source>Expected and actual results are the same: what happened instead?</source>
        <translation>預期結果與實際結果相同：實際上發生了什麼？</translation>
    </message>
    <message>
        <source>Evidence has no request ID and no UTC timestamp: the product team needs them to find the requests in their logs.</source>
        <translation>佐證中沒有請求 ID 和 UTC 時間戳記：產品團隊需要這些資訊才能在記錄中找到對應的請求。</translation>
    </message>
    <message>
        <source>Evidence has no request ID: the product team needs them to find the requests in their logs.</source>
        <translation>佐證中沒有請求 ID：產品團隊需要它才能在記錄中找到對應的請求。</translation>
    </message>
    <message>
        <source>Evidence has no UTC timestamp: the product team needs them to find the requests in their logs.</source>
        <translation>佐證中沒有 UTC 時間戳記：產品團隊需要它才能在記錄中找到對應的請求。</translation>
    </message>
    <message>
        <source>Region is missing: give the region code, e.g. eu-west-1.</source>
        <translation>缺少區域：請填寫區域代碼，例如 eu-west-1。</translation>
    </message>
    <message>
        <source>Region {value} is not a region code such as eu-west-1.</source>
        <translation>區域 {value} 不是像 eu-west-1 這樣的區域代碼。</translation>
    </message>
    <message>
        <source>Impact gives no numbers and no who is affected: e.g. {example}.</source>
        <translation>影響中沒有數字，也沒有說明誰受到影響：例如 {example}。</translation>
    </message>
    <message>
        <source>Impact gives no numbers: e.g. {example}.</source>
        <translation>影響中沒有數字：例如 {example}。</translation>
    </message>
    <message>
        <source>Impact gives no who is affected: e.g. {example}.</source>
        <translation>影響中沒有說明誰受到影響：例如 {example}。</translation>
    </message>
    <message>
        <source>The ask is not a specific question or decision: e.g. &apos;Is this a regression in 1.29, and is a fix planned before 3 June?&apos;</source>
        <translation>請求事項不是具體的問題或決定：例如「這是 1.29 的回歸問題嗎？6 月 3 日前是否有修正計畫？」</translation>
    </message>
    <message>
        <source>Workaround is empty: describe it, or write &apos;none&apos;.</source>
        <translation>因應措施是空白的：請說明，或寫「無」。</translation>
    </message>
    <message>
        <source>Workaround {value} is a placeholder: describe the workaround or write &apos;none&apos;.</source>
        <translation>因應措施 {value} 只是暫代文字：請說明因應措施，或寫「無」。</translation>
    </message>
    <message>
        <source>Reproducibility is missing: always, intermittent or not reproduced?</source>
        <translation>缺少重現頻率：每次都會發生、間歇發生，還是未重現？</translation>
    </message>
    <message>
        <source>Reproducibility {value} is not always, intermittent or not reproduced.</source>
        <translation>重現頻率 {value} 不是「每次都會發生」、「間歇發生」或「未重現」。</translation>
    </message>
    <message>
        <source>Intermittent: say how often, e.g. &apos;3 of 5 attempts&apos;.</source>
        <translation>間歇發生：請說明頻率，例如「5 次中有 3 次」。</translation>
    </message>
    <message>
        <source>Steps to reproduce are missing.</source>
        <translation>缺少重現步驟。</translation>
    </message>
    <message>
        <source>Steps to reproduce are too short to follow: give the commands or calls, in order.</source>
        <translation>重現步驟太簡略，無法照著做：請依序寫出指令或呼叫。</translation>
    </message>
    <message>
        <source>Say in one sentence why this severity applies.</source>
        <translation>請用一句話說明為什麼適用這個嚴重程度。</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Fields marked{mark} are required. Hover a field for its hint.</source>
        <translation>標有{mark}的欄位為必填。將游標移到欄位上可查看提示。</translation>
    </message>
    <message>
        <source>From the case facts: {value}</source>
        <translation>取自案件資訊：{value}</translation>
    </message>
</context>
<context>
    <name>EscalationPane</name>
    <message>
        <source>Escalation (internal)</source>
        <translation>升級（內部）</translation>
    </message>
    <message>
        <source>INTERNAL · escalation for the product team · never sent to the customer</source>
        <translation>內部 · 給產品團隊的升級說明 · 絕不會寄給客戶</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>The format: your team&apos;s escalation templates appear here.</source>
        <translation>格式：團隊的升級範本會列在這裡。</translation>
    </message>
    <message>
        <source>Copy escalation</source>
        <translation>複製升級說明</translation>
    </message>
    <message>
        <source>Copy as Markdown (rich text for editors that take it).</source>
        <translation>以 Markdown 複製（支援格式的編輯器會收到 RTF 格式）。</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>以純文字複製</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save the escalation as a Markdown (.md) file.</source>
        <translation>將升級說明儲存為 Markdown（.md）檔案。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>Escalation copied as {kind} (internal: not for the customer)</source>
        <translation>已將升級說明複製為{kind}（內部用，不可給客戶）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Export escalation</source>
        <translation>匯出升級說明</translation>
    </message>
    <message>
        <source>Escalation exported to {target}</source>
        <translation>已將升級說明匯出至 {target}</translation>
    </message>
    <message>
        <source>Escalation not rendered</source>
        <translation>無法產生升級說明</translation>
    </message>
</context>
<context>
    <name>EscalationPreview</name>
    <message>
        <source>Source</source>
        <translation>原始碼</translation>
    </message>
    <message>
        <source>Show the Markdown text that Copy and Export produce.</source>
        <translation>顯示「複製」與「匯出」產生的 Markdown 文字。</translation>
    </message>
    <message>
        <source>The escalation could not be rendered</source>
        <translation>無法產生升級說明</translation>
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
    <name>Feature</name>
    <message>
        <source>Escalation</source>
        <translation>升級說明</translation>
    </message>
    <message>
        <source>Copy &amp;escalation</source>
        <translation>複製升級說明(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xport escalation…</source>
        <translation>匯出升級說明(&amp;X)…</translation>
    </message>
    <message>
        <source>Fill escalation from &amp;checklist</source>
        <translation>從檢查清單填入升級單(&amp;C)</translation>
    </message>
    <message>
        <source>Fill escalation &amp;severity</source>
        <translation>填入升級單嚴重性(&amp;S)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>Checklist &amp;history…</source>
        <translation>檢查清單記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Assess severity</source>
        <translation>評估嚴重性(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Could not start: {names}. The rest of Casewright works; details are in the log.</source>
        <translation>無法啟動：{names}。Casewright 的其他功能仍可使用；詳細資訊請見記錄檔。</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>One item per line</source>
        <translation>每行一個項目</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>File_actions</name>
    <message>
        <source>Checklist YAML (*.yaml *.yml);;All files (*)</source>
        <translation>檢查清單 YAML (*.yaml *.yml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Template “{title}”</source>
        <translation>範本「{title}」</translation>
    </message>
    <message>
        <source>Started from template “{title}”; Ctrl+Z takes it back</source>
        <translation>已從範本「{title}」開始；按 Ctrl+Z 可復原</translation>
    </message>
    <message>
        <source>Checklist copied to the clipboard as Markdown</source>
        <translation>已將檢查清單以 Markdown 格式複製到剪貼簿</translation>
    </message>
    <message>
        <source>Export checklist as YAML</source>
        <translation>將檢查清單匯出為 YAML</translation>
    </message>
    <message>
        <source>Checklist not exported</source>
        <translation>檢查清單未匯出</translation>
    </message>
    <message>
        <source>Could not write {path}:</source>
        <translation>無法寫入 {path}：</translation>
    </message>
    <message>
        <source>Checklist exported to {path}</source>
        <translation>已將檢查清單匯出至 {path}</translation>
    </message>
    <message>
        <source>Import checklist from YAML</source>
        <translation>從 YAML 匯入檢查清單</translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation>檢查清單未匯入</translation>
    </message>
    <message>
        <source>The checklist was not changed.</source>
        <translation>檢查清單沒有變更。</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>匯入 {name}</translation>
    </message>
    <message>
        <source>Imported {name}; Ctrl+Z takes it back</source>
        <translation>已匯入 {name}；按 Ctrl+Z 可復原</translation>
    </message>
</context>
<context>
    <name>FillBar</name>
    <message>
        <source>Fill the empty fields from the case&apos;s reproduction checklist and facts.</source>
        <translation>以案件的重現檢查清單與案件資訊填入空白欄位。</translation>
    </message>
    <message>
        <source>Fill empty severity and justification from the severity assessment.</source>
        <translation>以嚴重程度評估填入空白的嚴重程度與理由。</translation>
    </message>
    <message>
        <source>Fill from checklist</source>
        <translation>從檢查清單填入</translation>
    </message>
    <message>
        <source>Fill severity</source>
        <translation>填入嚴重程度</translation>
    </message>
    <message>
        <source>Undo fill</source>
        <translation>復原填入</translation>
    </message>
    <message>
        <source>Put back what the last fill changed.</source>
        <translation>還原上一次填入所做的變更。</translation>
    </message>
    <message>
        <source>the checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>the severity assessment</source>
        <translation>嚴重程度評估</translation>
    </message>
    <message>
        <source>Fill undone</source>
        <translation>已復原填入</translation>
    </message>
    <message>
        <source>Nothing to fill from {source}: its fields already have text</source>
        <translation>{source}沒有可填入的內容：相關欄位都已有文字</translation>
    </message>
    <message>
        <source>Filled from {source}: {fields} (Undo fill reverts)</source>
        <translation>已從{source}填入：{fields}（「復原填入」可還原）</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <source>Choose a template on the left to fill it in.</source>
        <translation>請從左側選擇要填寫的範本。</translation>
    </message>
    <message>
        <source>This template asks for nothing beyond the case facts.</source>
        <translation>這個範本只需要案件資訊，不必另外填寫。</translation>
    </message>
    <message>
        <source>Case facts used ({count}) — change them for this reply only</source>
        <translation>使用的案件資訊（{count}）— 可只為這封回覆修改</translation>
    </message>
    <message>
        <source>(not set in Settings)</source>
        <translation>（尚未在設定中設定）</translation>
    </message>
    <message>
        <source>(empty in the case)</source>
        <translation>（案件中為空白）</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>BLOCKS</source>
        <translation>阻擋</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>OVERRIDDEN</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>仍要送出…</translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation>修改理由…</translation>
    </message>
    <message>
        <source>Override reason: {reason}</source>
        <translation>略過理由：{reason}</translation>
    </message>
    <message>
        <source>Why is it safe to send? e.g. the customer&apos;s own test key</source>
        <translation>為什麼可以安全送出？例如：這是客戶自己的測試金鑰</translation>
    </message>
    <message>
        <source>Accept reason</source>
        <translation>接受理由</translation>
    </message>
    <message>
        <source>Type a reason (a few words).</source>
        <translation>請輸入理由（幾個字即可）。</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>unfilled value</source>
        <translation>未填寫的值</translation>
    </message>
    <message>
        <source>A template value was never filled in.</source>
        <translation>範本中有值沒有填寫。</translation>
    </message>
    <message>
        <source>template code</source>
        <translation>範本程式碼</translation>
    </message>
    <message>
        <source>Template code was left in the text; remove it or fill in what it meant.</source>
        <translation>內容中留有範本程式碼；請移除，或填入它原本要表示的內容。</translation>
    </message>
    <message>
        <source>Template-like syntax inside code; fine if the customer&apos;s code really contains it.</source>
        <translation>程式碼中有類似範本的語法；如果客戶的程式碼確實包含它，就沒有問題。</translation>
    </message>
    <message>
        <source>Template syntax: fine if the customer&apos;s text really contains it; if it is left from a Casewright template, fill in what it meant.</source>
        <translation>範本語法：如果客戶的內容確實包含它就沒有問題；如果是 Casewright 範本殘留的，請填入它原本要表示的內容。</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>An email address is in the text.</source>
        <translation>內容中有電子郵件地址。</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>A public IP address is in the text.</source>
        <translation>內容中有公用 IP 位址。</translation>
    </message>
    <message>
        <source>AWS account ID</source>
        <translation>AWS 帳戶 ID</translation>
    </message>
    <message>
        <source>An AWS account ID is in the text.</source>
        <translation>內容中有 AWS 帳戶 ID。</translation>
    </message>
    <message>
        <source>internal host</source>
        <translation>內部主機</translation>
    </message>
    <message>
        <source>An internal host name or URL is in the text.</source>
        <translation>內容中有內部主機名稱或網址。</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>內部說明</translation>
    </message>
    <message>
        <source>This line comes from the escalation note (written for the product team).</source>
        <translation>這一行來自升級說明（是寫給產品團隊的）。</translation>
    </message>
    <message>
        <source>grammar</source>
        <translation>文法</translation>
    </message>
    <message>
        <source>A grammar issue remains.</source>
        <translation>仍有文法問題。</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>遮蔽</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填寫</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>{count} overridden with a reason.</source>
        <translation>已附理由略過 {count} 項。</translation>
    </message>
    <message>
        <source>{summary} {overridden}</source>
        <translation>{summary}{overridden}</translation>
    </message>
    <message>
        <source>{blocks} finding blocks sending: fix or override each one.</source>
        <translation>有 {blocks} 個問題阻擋送出：請逐一修正或附上理由略過。</translation>
    </message>
    <message>
        <source>{blocks} findings block sending: fix or override each one.</source>
        <translation>有 {blocks} 個問題阻擋送出：請逐一修正或附上理由略過。</translation>
    </message>
    <message>
        <source>{blocks} finding blocks sending (and {warnings} warning): fix or override each one.</source>
        <translation>有 {blocks} 個問題阻擋送出（另有 {warnings} 個警告）：請逐一修正或附上理由略過。</translation>
    </message>
    <message>
        <source>{blocks} finding blocks sending (and {warnings} warnings): fix or override each one.</source>
        <translation>有 {blocks} 個問題阻擋送出（另有 {warnings} 個警告）：請逐一修正或附上理由略過。</translation>
    </message>
    <message>
        <source>{blocks} findings block sending (and {warnings} warning): fix or override each one.</source>
        <translation>有 {blocks} 個問題阻擋送出（另有 {warnings} 個警告）：請逐一修正或附上理由略過。</translation>
    </message>
    <message>
        <source>{blocks} findings block sending (and {warnings} warnings): fix or override each one.</source>
        <translation>有 {blocks} 個問題阻擋送出（另有 {warnings} 個警告）：請逐一修正或附上理由略過。</translation>
    </message>
    <message>
        <source>{warnings} warning to review; fix them or choose Send anyway.</source>
        <translation>有 {warnings} 個警告待確認：請修正，或選擇「仍要送出」。</translation>
    </message>
    <message>
        <source>{warnings} warnings to review; fix them or choose Send anyway.</source>
        <translation>有 {warnings} 個警告待確認：請修正，或選擇「仍要送出」。</translation>
    </message>
    <message>
        <source>Nothing blocks sending.</source>
        <translation>沒有阻擋送出的問題。</translation>
    </message>
    <message>
        <source>{label} is in the text; check it may be sent.</source>
        <translation>內容中有{label}；請確認是否可以送出。</translation>
    </message>
    <message>
        <source>{label} is in the text; redact it (and ask for it to be rotated).</source>
        <translation>內容中有{label}；請將其遮蔽（並請對方更換）。</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>{action}: check before it leaves Casewright</source>
        <translation>{action}：離開 Casewright 前的檢查</translation>
    </message>
    <message>
        <source>Redact all secrets</source>
        <translation>遮蔽所有機密資訊</translation>
    </message>
    <message>
        <source>Replace every secret (keys, tokens, passwords) with a marker. Warnings such as e-mail addresses and account IDs are left for you to decide one by one.</source>
        <translation>將所有機密（金鑰、權杖、密碼）換成標記。電子郵件地址、帳戶 ID 等警告項目則由您逐一決定。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Redact all secrets in the gate panel</source>
        <translation>在送出前檢查面板中遮蔽所有機密</translation>
    </message>
    <message>
        <source>Send nothing (Esc)</source>
        <translation>不送出任何內容（Esc）</translation>
    </message>
    <message>
        <source>Send the text as it is now (Ctrl+Enter)</source>
        <translation>以目前內容送出（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send from the gate panel</source>
        <translation>從送出前檢查面板送出</translation>
    </message>
    <message>
        <source>…and {count} more not listed.</source>
        <translation>…另有 {count} 項未列出。</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍要送出</translation>
    </message>
    <message>
        <source>Also remove the redacted secrets from the earlier saved version</source>
        <translation>同時從先前儲存的版本中移除已遮蔽的機密</translation>
    </message>
    <message>
        <source>Also remove the redacted secrets from the {count} earlier saved versions</source>
        <translation>同時從先前儲存的 {count} 個版本中移除已遮蔽的機密</translation>
    </message>
</context>
<context>
    <name>Grammar</name>
    <message>
        <source>basic checks (offline)</source>
        <translation>基本檢查（離線）</translation>
    </message>
    <message>
        <source>{engine} does not check {language}</source>
        <translation>{engine} 不檢查 {language}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Grammar: {engine}</source>
        <translation>文法：{engine}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}；{then}</translation>
    </message>
    <message>
        <source>{status} - {notes}</source>
        <translation>{status} — {notes}</translation>
    </message>
    <message>
        <source>Harper (offline)</source>
        <translation>Harper（離線）</translation>
    </message>
    <message>
        <source>LanguageTool not configured</source>
        <translation>尚未設定 LanguageTool</translation>
    </message>
</context>
<context>
    <name>GrammarFeature</name>
    <message>
        <source>Writing</source>
        <extracomment>Escalation notes go to product teams, who read English.</extracomment>
        <translation>寫作</translation>
    </message>
    <message>
        <source>&amp;Grammar settings…</source>
        <translation>文法設定(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>GrammarService</name>
    <message>
        <source>Grammar check failed: {message}</source>
        <extracomment>Texts longer than this are not checked (a pasted log is not prose to correct).</extracomment>
        <translation>文法檢查失敗：{message}</translation>
    </message>
    <message>
        <source>Personal dictionary not saved: {error}</source>
        <translation>個人字典未儲存：{error}</translation>
    </message>
</context>
<context>
    <name>GrammarSettingsDialog</name>
    <message>
        <source>Grammar settings</source>
        <translation>文法設定</translation>
    </message>
    <message>
        <source>Point out passive voice (style)</source>
        <translation>標示被動語態（風格）</translation>
    </message>
    <message>
        <source>e.g. http://languagetool.example.internal:8081</source>
        <translation>例如：http://languagetool.example.internal:8081</translation>
    </message>
    <message>
        <source>Folder holding languagetool-server.jar</source>
        <translation>存放 languagetool-server.jar 的資料夾</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Download LanguageTool…</source>
        <translation>下載 LanguageTool…</translation>
    </message>
    <message>
        <source>Personal dictionary
(one word a line)</source>
        <translation>個人字典
（每行一個字）</translation>
    </message>
    <message>
        <source>Ignored rules
(one rule id a line)</source>
        <translation>忽略的規則
（每行一個規則 ID）</translation>
    </message>
    <message>
        <source>LanguageTool server</source>
        <translation>LanguageTool 伺服器</translation>
    </message>
    <message>
        <source>A team server wins over a local folder when both are set.</source>
        <translation>兩者都設定時，優先使用團隊伺服器。</translation>
    </message>
    <message>
        <source>Local LanguageTool</source>
        <translation>本機 LanguageTool</translation>
    </message>
    <message>
        <source>Memory cap</source>
        <translation>記憶體上限</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>下載來源</translation>
    </message>
    <message>
        <source>Downloads about 250 MB once from {url} into {folder}.</source>
        <translation>會從 {url} 下載約 250 MB 到 {folder}（只需一次）。</translation>
    </message>
    <message>
        <source>LanguageTool is in {folder}. Save to start using it.</source>
        <translation>LanguageTool 已在 {folder}。儲存後即可開始使用。</translation>
    </message>
    <message>
        <source>LanguageTool folder</source>
        <translation>LanguageTool 資料夾</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover note</source>
        <translation>交接筆記</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Building the note…</source>
        <translation>正在產生筆記…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Cases touched in the last</source>
        <translation>最近處理過的案件：過去</translation>
    </message>
    <message>
        <source>Receiving team&apos;s time zone:</source>
        <translation>接手團隊的時區：</translation>
    </message>
    <message>
        <source>{0} open case(s).</source>
        <translation>{0} 個處理中的案件。</translation>
    </message>
    <message>
        <source>{0} secret(s) redacted by the pre-send gate.</source>
        <translation>送出前檢查已遮蔽 {0} 項機密資訊。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已複製到剪貼簿。</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>e.g. Amazon ECS (Fargate)</source>
        <translation>例如：Amazon ECS（Fargate）</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>例如：eu-west-1</translation>
    </message>
    <message>
        <source>Engine, runtime, SDK or platform versions</source>
        <translation>引擎、執行環境、SDK 或平台版本</translation>
    </message>
    <message>
        <source>Relevant configuration: timeouts, health checks, policies…</source>
        <translation>相關設定：逾時、健康檢查、政策…</translation>
    </message>
    <message>
        <source>What must be true before step 1; IDs and times from the customer</source>
        <translation>執行步驟 1 前必須成立的條件；客戶提供的 ID 與時間</translation>
    </message>
    <message>
        <source>Checklist title, e.g. Lambda times out calling RDS</source>
        <translation>檢查清單標題，例如：Lambda 呼叫 RDS 時逾時</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>尚未記錄</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Checklist history</source>
        <translation>檢查清單記錄</translation>
    </message>
    <message>
        <source>No saved checklist versions yet.</source>
        <translation>檢查清單還沒有已儲存的版本。</translation>
    </message>
    <message>
        <source>Restore checklist version</source>
        <translation>還原檢查清單版本</translation>
    </message>
    <message>
        <source>Restored the checklist version; Ctrl+Z undoes it</source>
        <translation>已還原檢查清單的版本；按 Ctrl+Z 可復原</translation>
    </message>
</context>
<context>
    <name>HistoryCleaner</name>
    <message>
        <source>Removed the redacted secrets from 1 earlier version.</source>
        <translation>已從 1 個先前版本中移除已遮蔽的機密。</translation>
    </message>
    <message>
        <source>Removed the redacted secrets from {count} earlier versions.</source>
        <translation>已從 {count} 個先前版本中移除已遮蔽的機密。</translation>
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
        <translation>貼上客戶訊息</translation>
    </message>
    <message>
        <source>Paste what the customer wrote</source>
        <translation>貼上客戶寫的內容</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy/MM/dd HH:mm</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>From the message</source>
        <translation>訊息中的原文</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒絕(&amp;R)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <source>Add to thread</source>
        <translation>加入對話串</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收到時間：</translation>
    </message>
    <message>
        <source>Facts found — accept or reject each (A / R):</source>
        <translation>找到的資訊 — 請逐項接受或拒絕（A / R）：</translation>
    </message>
    <message>
        <source>✓ Accept</source>
        <translation>✓ 接受</translation>
    </message>
    <message>
        <source>✗ Reject</source>
        <translation>✗ 拒絕</translation>
    </message>
    <message>
        <source>{0} found · {1} accepted · {2} rejected</source>
        <translation>找到 {0} 項 · 接受 {1} 項 · 拒絕 {2} 項</translation>
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
    <name>IssueMenu</name>
    <message>
        <source>Spelling</source>
        <translation>拼字</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>文法</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>標點</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>風格</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>verb form</source>
        <translation>動詞形式</translation>
    </message>
    <message>
        <source>confused words</source>
        <translation>易混淆字詞</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>冠詞</translation>
    </message>
    <message>
        <source>determiners</source>
        <translation>限定詞</translation>
    </message>
    <message>
        <source>word order</source>
        <translation>詞序</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>沒有建議</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>在此忽略</translation>
    </message>
    <message>
        <source>Ignore this rule</source>
        <translation>忽略此規則</translation>
    </message>
    <message>
        <source>Add “{word}” to dictionary</source>
        <translation>將「{word}」加入字典</translation>
    </message>
</context>
<context>
    <name>LanguageToolDownload</name>
    <message>
        <source>Downloading LanguageTool…</source>
        <translation>正在下載 LanguageTool…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Download LanguageTool</source>
        <translation>下載 LanguageTool</translation>
    </message>
    <message>
        <source>Downloading LanguageTool from {url}…</source>
        <translation>正在從 {url} 下載 LanguageTool…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Use…</source>
        <translation>使用…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>{count} templates.</source>
        <translation>共 {count} 個範本。</translation>
    </message>
    <message>
        <source>Folder not found: {folder}.</source>
        <translation>找不到資料夾：{folder}。</translation>
    </message>
    <message>
        <source>Overrides the bundled template with this id</source>
        <translation>覆寫具有相同 ID 的內建範本</translation>
    </message>
    <message>
        <source>Not used: overridden by {name}</source>
        <translation>未使用：已被 {name} 覆寫</translation>
    </message>
    <message>
        <source>Line {line}: {severity}: {message}</source>
        <translation>第 {line} 行：{severity}：{message}</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <source>(folder not found)</source>
        <translation>（找不到資料夾）</translation>
    </message>
</context>
<context>
    <name>LongLines</name>
    <message>
        <source>Not pasted: this field would hold {length} characters, more than it takes ({limit}); the clipboard still holds it, attach it as a file instead.</source>
        <translation>未貼上：此欄位將會有 {length} 個字元，超過可容納的長度（{limit}）；剪貼簿中仍保留該內容，請改以檔案附加。</translation>
    </message>
    <message>
        <source>Not pasted: a line of {length} characters is longer than this field takes ({limit}); the clipboard still holds it, attach it as a file instead.</source>
        <translation>未貼上：這一行有 {length} 個字元，超過此欄位可容納的長度（{limit}）；剪貼簿中仍保留該內容，請改以檔案附加。</translation>
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
        <source>Not archived or restored</source>
        <translation>未封存或還原</translation>
    </message>
    <message>
        <source>{what}: {reason}. Nothing was changed; try again.</source>
        <translation>{what}：{reason}。沒有做任何變更，請再試一次。</translation>
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
        <source>E&amp;xport reply…</source>
        <translation>匯出回覆(&amp;X)…</translation>
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
        <source>Tab {0}</source>
        <translation>分頁 {0}</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>複製回覆</translation>
    </message>
    <message>
        <source>Export reply</source>
        <translation>匯出回覆</translation>
    </message>
    <message>
        <source>{action} refused: {reason} Nothing left Casewright.</source>
        <translation>{action}被拒絕：{reason} 沒有任何內容離開 Casewright。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Another Casewright saved this {document} first; it is shown now. Your text is kept in {document} history.</source>
        <translation>另一個 Casewright 先儲存了這份{document}，現在顯示的是它的版本。您的內容保留在{document}記錄中。</translation>
    </message>
    <message>
        <source>Go to {0}</source>
        <translation>前往「{0}」</translation>
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
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Ready to send: nothing missing</source>
        <translation>可以送出：沒有缺漏</translation>
    </message>
    <message>
        <source>{count} required field missing</source>
        <translation>缺少 {count} 個必填欄位</translation>
    </message>
    <message>
        <source>{count} required fields missing</source>
        <translation>缺少 {count} 個必填欄位</translation>
    </message>
    <message>
        <source>{count} to improve</source>
        <translation>{count} 項待加強</translation>
    </message>
    <message>
        <source>Ready to send, </source>
        <translation>可以送出，</translation>
    </message>
</context>
<context>
    <name>Output_actions</name>
    <message>
        <source>Escalation incomplete</source>
        <translation>升級說明不完整</translation>
    </message>
    <message>
        <source>These required fields are empty:
{fields}

Product teams send incomplete escalations back. {action} it anyway?</source>
        <translation>以下必填欄位是空白的：
{fields}

產品團隊會退回不完整的升級說明。仍要{action}嗎？</translation>
    </message>
    <message>
        <source>Export escalation</source>
        <translation>匯出升級說明</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Could not write {path}:</source>
        <translation>無法寫入 {path}：</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <source>Replace the checklist?</source>
        <translation>要取代檢查清單嗎？</translation>
    </message>
    <message>
        <source>{what} replaces this case&apos;s checklist and its steps.

You can take it back with Undo (Ctrl+Z).</source>
        <translation>{what}會取代這個案件的檢查清單及其步驟。

可以用「復原」（Ctrl+Z）還原。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Cannot render: {problem}</source>
        <translation>無法產生：{problem}</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>{passed} passed, {failed} failed, {blocked} blocked</source>
        <translation>通過 {passed} 項、失敗 {failed} 項、受阻 {blocked} 項</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分鐘</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小時 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小時</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小時</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>已逾期 {span}</translation>
    </message>
    <message>
        <source>due in {span}</source>
        <translation>{span}後到期</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Thread</source>
        <translation>對話串</translation>
    </message>
    <message>
        <source>&amp;Paste customer message…</source>
        <translation>貼上客戶訊息(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo “reply sent”</source>
        <translation>復原「已寄出回覆」</translation>
    </message>
    <message>
        <source>&amp;Handover note…</source>
        <translation>交接筆記(&amp;H)…</translation>
    </message>
    <message>
        <source>Status set to open: the customer answered.</source>
        <translation>狀態已改為處理中：客戶已回覆。</translation>
    </message>
    <message>
        <source>Message added to the thread; {0} fact(s) accepted.</source>
        <translation>訊息已加入對話串；接受了 {0} 項資訊。</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>不明的時區：{0}</translation>
    </message>
</context>
<context>
    <name>QueueFeature</name>
    <message>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>最快到期</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>僅顯示逾期</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>只顯示逾期案件</translation>
    </message>
    <message>
        <source>Undo “reply sent”</source>
        <translation>復原「已寄出回覆」</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} 件逾期</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>…另外 {0} 件</translation>
    </message>
    <message>
        <source>Follow-up date cleared</source>
        <translation>已清除追蹤日期</translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation>已設定追蹤</translation>
    </message>
    <message>
        <source>The reply is no longer marked as sent</source>
        <translation>回覆已不再標示為已寄出</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Casewright could not save</source>
        <translation>Casewright 無法儲存</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: {reason}.

Try again, save the text to a file, or quit without it.</source>
        <translation>無法儲存最近的變更：{reason}。

請重試、將內容儲存到檔案，或不儲存直接結束。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>儲存到檔案…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>不儲存並結束</translation>
    </message>
    <message>
        <source>Keep Casewright open</source>
        <translation>保持 Casewright 開啟</translation>
    </message>
    <message>
        <source>Not saved: Casewright stays open</source>
        <translation>未儲存：Casewright 將保持開啟</translation>
    </message>
    <message>
        <source>Save the unsaved text</source>
        <translation>儲存尚未儲存的內容</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>Rendering</name>
    <message>
        <source>There is no escalation template {name}.</source>
        <translation>沒有名為 {name} 的升級範本。</translation>
    </message>
    <message>
        <source>{title} cannot be rendered.</source>
        <translation>無法產生「{title}」。</translation>
    </message>
    <message>
        <source>Rendered with {name}</source>
        <translation>以 {name} 產生</translation>
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
    <name>Reproduction</name>
    <message>
        <source>Reproduction</source>
        <translation>重現</translation>
    </message>
</context>
<context>
    <name>ReproductionPane</name>
    <message>
        <source>Replace checklist</source>
        <translation>取代檢查清單</translation>
    </message>
    <message>
        <source>A new blank checklist</source>
        <translation>新的空白檢查清單</translation>
    </message>
    <message>
        <source>New blank checklist; Ctrl+Z brings the old one back</source>
        <translation>已建立空白檢查清單；按 Ctrl+Z 可找回原本的清單</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>The impact is higher than the customer&apos;s level</source>
        <translation>實際影響高於客戶選擇的等級</translation>
    </message>
    <message>
        <source>The customer&apos;s level is higher than the impact we know of</source>
        <translation>客戶選擇的等級高於目前已知的影響</translation>
    </message>
    <message>
        <source>The customer&apos;s level matches the impact</source>
        <translation>客戶選擇的等級與影響相符</translation>
    </message>
    <message>
        <source>Customer selected</source>
        <translation>客戶選擇</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>“{selected}” is not a {definitions} level</source>
        <translation>「{selected}」不是 {definitions} 的等級</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>尚未評估</translation>
    </message>
    <message>
        <source>Answer the questions above to get one.</source>
        <translation>回答上方的問題即可取得建議。</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Bundled</source>
        <translation>內建</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>任何語言</translation>
    </message>
    <message>
        <source>overrides bundled</source>
        <translation>覆寫內建</translation>
    </message>
</context>
<context>
    <name>SaveTargetDialog</name>
    <message>
        <source>Save template to…</source>
        <translation>將範本儲存到…</translation>
    </message>
    <message>
        <source>Personal (only you)</source>
        <translation>個人（只有您）</translation>
    </message>
    <message>
        <source>Team: {name}</source>
        <translation>團隊：{name}</translation>
    </message>
    <message>
        <source>reply/en/my-template.md.j2</source>
        <translation>reply/zh-TW/my-template.md.j2</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>範本庫</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source> (replaces the file there)</source>
        <translation>（會取代該處的檔案）</translation>
    </message>
    <message>
        <source>Saves to {path}</source>
        <translation>儲存到 {path}</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>Checking the text before it leaves Casewright…</source>
        <translation>正在檢查即將離開 Casewright 的內容…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The check failed ({error}); nothing was sent.</source>
        <translation>檢查失敗（{error}）；沒有送出任何內容。</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was sent.</source>
        <translation>已取消檢查；沒有送出任何內容。</translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message>
        <source>Plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送出</translation>
    </message>
    <message>
        <source>Not used: {problem}</source>
        <translation>未使用：{problem}</translation>
    </message>
    <message>
        <source>Type the missing value, then try again.</source>
        <translation>請輸入缺少的值，然後再試一次。</translation>
    </message>
    <message>
        <source>Copy escalation</source>
        <translation>複製升級說明</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Nothing was written: {error}</source>
        <translation>沒有寫入任何內容：{error}</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>複製回覆</translation>
    </message>
    <message>
        <source>Reply copied to the clipboard (plain text and formatted)</source>
        <translation>已將回覆複製到剪貼簿（純文字與格式化文字）</translation>
    </message>
    <message>
        <source>Export reply</source>
        <translation>匯出回覆</translation>
    </message>
    <message>
        <source>Reply exported to {path}</source>
        <translation>已將回覆匯出到 {path}</translation>
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
        <translation>額外的機密偵測規則</translation>
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
    <name>Severity</name>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Assess the real impact</source>
        <translation>評估實際影響</translation>
    </message>
    <message>
        <source>&amp;Severity assessment history…</source>
        <translation>嚴重程度評估記錄(&amp;S)…</translation>
    </message>
    <message>
        <source>Working normally</source>
        <translation>正常運作</translation>
    </message>
    <message>
        <source>Degraded or impaired</source>
        <translation>效能降低或受損</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停機</translation>
    </message>
    <message>
        <source>working</source>
        <translation>正常運作</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>效能降低</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停機</translation>
    </message>
</context>
<context>
    <name>SeverityPane</name>
    <message>
        <source>Assess with these answers</source>
        <translation>依這些答案評估</translation>
    </message>
    <message>
        <source>Record the answers as they are (nothing is impaired).</source>
        <translation>照目前的答案記錄（沒有任何功能受損）。</translation>
    </message>
    <message>
        <source>How bad is it really? Answer from what the customer told you.</source>
        <translation>實際有多嚴重？請依客戶告訴您的內容回答。</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>支援方案</translation>
    </message>
    <message>
        <source>The stored assessment could not be read ({error}); answer again.</source>
        <translation>無法讀取已儲存的評估（{error}）；請重新回答。</translation>
    </message>
    <message>
        <source>This case was assessed with the “{definitions}” definitions, which are not available; showing the default ones.</source>
        <translation>此案件是依「{definitions}」定義評估的，但該定義目前無法使用；改為顯示預設定義。</translation>
    </message>
    <message>
        <source>Severity definitions not loaded: {error}</source>
        <translation>未載入嚴重程度定義：{error}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Type to find an action or a key</source>
        <translation>輸入以尋找動作或按鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>{host} 上的程序 {pid}</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>某個程序</translation>
    </message>
    <message>
        <source>Another Casewright ({holder}) is using this data folder but did not answer. Close it, or end that process if it is stuck, then start Casewright again.</source>
        <translation>另一個 Casewright（{holder}）正在使用這個資料夾，但沒有回應。請將它關閉，若已停止回應請結束該程序，然後再啟動 Casewright。</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>This case has no severity assessment yet.</source>
        <translation>這個案件還沒有嚴重程度評估。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Case panes</source>
        <translation>案件窗格</translation>
    </message>
    <message>
        <source>Escalation note and preview</source>
        <translation>升級說明與預覽</translation>
    </message>
    <message>
        <source>Escalation note</source>
        <translation>升級說明</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>步驟狀態</translation>
    </message>
    <message>
        <source>Reproduction steps</source>
        <translation>重現步驟</translation>
    </message>
    <message>
        <source>Writing issues</source>
        <translation>寫作問題</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>客戶訊息</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>範本庫</translation>
    </message>
    <message>
        <source>Severity assessment</source>
        <translation>嚴重程度評估</translation>
    </message>
    <message>
        <source>{error}. Default settings are used; your file was not changed.</source>
        <translation>{error}。將使用預設設定；您的檔案未被更動。</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder. Move it away or choose another folder with --data-dir.</source>
        <translation>資料夾 {folder} 其實是一個檔案。請將它移走，或用 --data-dir 指定其他資料夾。</translation>
    </message>
    <message>
        <source>Casewright cannot use the data folder {folder}: {reason}.</source>
        <translation>Casewright 無法使用資料夾 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Casewright is waiting for the case store</source>
        <translation>Casewright 正在等待案件資料庫</translation>
    </message>
    <message>
        <source>Casewright is already running</source>
        <translation>Casewright 已在執行中</translation>
    </message>
    <message>
        <source>Casewright cannot open your cases</source>
        <translation>Casewright 無法開啟您的案件</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>What to do: a command, a console click path, a request</source>
        <translation>要做什麼：指令、主控台的點選路徑或請求</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期結果</translation>
    </message>
    <message>
        <source>What should happen if all is well</source>
        <translation>一切正常時應該發生什麼</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際結果</translation>
    </message>
    <message>
        <source>What happened when you ran it</source>
        <translation>執行後實際發生什麼</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐證</translation>
    </message>
    <message>
        <source>Request IDs, log lines, timestamps (UTC)</source>
        <translation>請求 ID、記錄檔內容、時間戳記（UTC）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>No step selected — add one with Insert or “Add step”</source>
        <translation>未選取步驟 — 按 Insert 或「新增步驟」新增</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>步驟 {number}／{count}</translation>
    </message>
    <message>
        <source>Set step status</source>
        <translation>設定步驟狀態</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Set step status</source>
        <translation>設定步驟狀態</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>編輯步驟</translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <source>template use</source>
        <translation>範本使用記錄</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>Start from a checklist template</source>
        <translation>從檢查清單範本開始</translation>
    </message>
    <message>
        <source>Search checklists: service, symptom, error…</source>
        <translation>搜尋檢查清單：服務、症狀、錯誤…</translation>
    </message>
    <message>
        <source>These template files could not be loaded:
</source>
        <translation>無法載入以下範本檔案：
</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>使用此範本</translation>
    </message>
    <message>
        <source>**What to record**

</source>
        <translation>**要記錄的內容**

</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Preview with sample values</source>
        <translation>以範例值預覽</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;to…</source>
        <translation>儲存到(&amp;T)…</translation>
    </message>
    <message>
        <source>&lt;new template&gt;</source>
        <translation>&lt;新範本&gt;</translation>
    </message>
    <message>
        <source>Line {line}: {severity}: {message}</source>
        <translation>第 {line} 行：{severity}：{message}</translation>
    </message>
    <message>
        <source>Problems: {errors} error(s), {warnings} warning(s)</source>
        <translation>問題：{errors} 個錯誤、{warnings} 個警告</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>問題：無</translation>
    </message>
    <message>
        <source>Line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 欄</translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation>（有未儲存的變更）</translation>
    </message>
    <message>
        <source>New template, not saved yet. “Save to…” picks your personal folder or a team folder.</source>
        <translation>新範本，尚未儲存。「儲存到…」可選擇個人資料夾或團隊資料夾。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundled template {id}.&lt;/b&gt; Saving makes a personal copy at {path} that overrides the bundled one.</source>
        <translation>&lt;b&gt;內建範本 {id}。&lt;/b&gt;儲存時會在 {path} 建立個人副本，並覆寫內建範本。</translation>
    </message>
    <message>
        <source> — your personal copy; it overrides the bundled template.</source>
        <translation> — 您的個人副本；會覆寫內建範本。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新範本</translation>
    </message>
    <message>
        <source>Template editor — {title}</source>
        <translation>範本編輯器 — {title}</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>範本未儲存</translation>
    </message>
    <message>
        <source>Could not save the template: {error}</source>
        <translation>無法儲存範本：{error}</translation>
    </message>
    <message>
        <source> It overrides the bundled template.</source>
        <translation>此範本會覆寫內建範本。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已儲存 {path}。</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>範本尚未儲存</translation>
    </message>
    <message>
        <source>Save your changes to this template?</source>
        <translation>要儲存對此範本的變更嗎？</translation>
    </message>
</context>
<context>
    <name>TemplateFillDialog</name>
    <message>
        <source>Insert a template</source>
        <translation>插入範本</translation>
    </message>
    <message>
        <source>Preview (yellow: still to fill in)</source>
        <translation>預覽（黃色：尚待填寫）</translation>
    </message>
    <message>
        <source>&amp;Insert at cursor</source>
        <translation>插入到游標處(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Enter. Ctrl+Z in the reply takes it back.</source>
        <translation>Ctrl+Enter。在回覆中按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>&amp;Replace draft</source>
        <translation>取代草稿(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the whole reply. Ctrl+Z in the reply takes it back.</source>
        <translation>取代整封回覆。在回覆中按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Replaced the draft with “{title}”; Ctrl+Z undoes it</source>
        <translation>已用「{title}」取代草稿；按 Ctrl+Z 可復原</translation>
    </message>
    <message>
        <source>Inserted “{title}”; Ctrl+Z undoes it</source>
        <translation>已插入「{title}」；按 Ctrl+Z 可復原</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Search templates: title, tag, language or text</source>
        <translation>搜尋範本：標題、標籤、語言或內文</translation>
    </message>
    <message>
        <source>↑↓ move · Enter choose · Ctrl+D star</source>
        <translation>↑↓ 移動 · Enter 選擇 · Ctrl+D 加星號</translation>
    </message>
    <message>
        <source>Templates: {count}</source>
        <translation>範本：{count} 個</translation>
    </message>
</context>
<context>
    <name>Template_chooser</name>
    <message>
        <source>Bundled</source>
        <translation>內建</translation>
    </message>
</context>
<context>
    <name>TemplatesFeature</name>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Template use not saved: {reason}</source>
        <translation>範本使用記錄未儲存：{reason}</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>範本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Insert template…</source>
        <translation>插入範本(&amp;I)…</translation>
    </message>
    <message>
        <source>Show template &amp;library</source>
        <translation>顯示範本庫(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reload templates</source>
        <translation>重新載入範本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>新增範本(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation>編輯範本(&amp;E)…</translation>
    </message>
    <message>
        <source>Templates… (Ctrl+K)</source>
        <translation>範本…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Find a template, fill it in and insert it at the cursor</source>
        <translation>尋找範本、填寫後插入到游標處</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>編輯範本</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Case → Paste customer message (Ctrl+Shift+V) adds one here.</source>
        <translation>使用「案件 → 貼上客戶訊息」（Ctrl+Shift+V）即可加入。</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>已寄出回覆</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>狀態：{0}</translation>
    </message>
    <message>
        <source>Follow-up set for {0}</source>
        <translation>已設定於 {0} 追蹤</translation>
    </message>
    <message>
        <source>Follow-up date cleared</source>
        <translation>已清除追蹤日期</translation>
    </message>
    <message>
        <source>No customer messages yet.</source>
        <translation>尚無客戶訊息。</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Start from template…</source>
        <translation>從範本開始…</translation>
    </message>
    <message>
        <source>New blank</source>
        <translation>新增空白清單</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>以 Markdown 複製</translation>
    </message>
    <message>
        <source>Export YAML…</source>
        <translation>匯出 YAML…</translation>
    </message>
    <message>
        <source>Import YAML…</source>
        <translation>匯入 YAML…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo {action} (Ctrl+Z)</source>
        <translation>復原：{action}（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo {action} (Ctrl+Shift+Z)</source>
        <translation>重做：{action}（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Undo the last checklist change (Ctrl+Z)</source>
        <translation>復原上一次檢查清單的變更（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>新增步驟</translation>
    </message>
    <message>
        <source>Add a step below the selected one</source>
        <translation>在選取的步驟下方新增步驟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>移除選取的步驟</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>將選取的步驟上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>將選取的步驟下移</translation>
    </message>
    <message>
        <source>Export or import the checklist as YAML, to hand it to another engineer</source>
        <translation>以 YAML 匯出或匯入檢查清單，方便交給其他工程師</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casewright user guide</source>
        <translation>Casewright 使用指南</translation>
    </message>
    <message>
        <source>The user guide is missing: {0}</source>
        <translation>找不到使用指南：{0}</translation>
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
    <message>
        <source>Possible spelling mistake: “{word}”.</source>
        <translation>可能拼錯了：「{word}」。</translation>
    </message>
</context>
<context>
    <name>WritingPane</name>
    <message>
        <source>Grammar settings…</source>
        <translation>文法設定…</translation>
    </message>
    <message>
        <source>Readability is measured for English replies.</source>
        <translation>可讀性只針對英文回覆計算。</translation>
    </message>
</context>
<context>
    <name>Writing_pane</name>
    <message>
        <source>No issues found in the reply.</source>
        <translation>回覆中沒有發現問題。</translation>
    </message>
</context>
<context>
    <name>_LevelCard</name>
    <message>
        <source>first response {time} ({plan})</source>
        <translation>首次回應 {time}（{plan}）</translation>
    </message>
    <message>
        <source>not offered on {plan}</source>
        <translation>{plan} 未提供</translation>
    </message>
</context>
</TS>
