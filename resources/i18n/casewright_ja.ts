<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Casewright</source>
        <translation>Casewright について</translation>
    </message>
    <message>
        <source>Offline assistant for support engineers&apos; case replies and escalations.</source>
        <translation>サポートエンジニアのケース返信とエスカレーションのためのオフラインアシスタント。</translation>
    </message>
    <message>
        <source>Your cases, settings, templates and dictionary are in this data folder:</source>
        <translation>ケース、設定、テンプレート、辞書はこのデータフォルダーにあります：</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>waiting on customer</source>
        <translation>お客様の返答待ち</translation>
    </message>
    <message>
        <source>waiting on product team</source>
        <translation>製品チームの回答待ち</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>通常</translation>
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
        <translation>ケース ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Customer organisation</source>
        <translation>お客様の組織</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Resource IDs</source>
        <translation>リソース ID</translation>
    </message>
    <message>
        <source>Severity (customer)</source>
        <translation>重要度（お客様の指定）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Search cases (ID, subject, customer…)</source>
        <translation>ケースを検索（ID、件名、お客様…）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>ケースを検索</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新規ケース</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>新規ケース（Ctrl+N）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブ済みも表示</translation>
    </message>
    <message>
        <source>Order and filter cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>元に戻す</translation>
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
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport case…</source>
        <translation>ケースをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import case…</source>
        <translation>ケースをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;About Casewright</source>
        <translation>Casewright について(&amp;A)</translation>
    </message>
    <message>
        <source>Back up Casewright</source>
        <translation>Casewright をバックアップ</translation>
    </message>
    <message>
        <source>Backed up {cases} cases and {files} other files to {path}</source>
        <translation>{cases} 件のケースと {files} 個のその他のファイルを {path} にバックアップしました</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>Restore the backup made {when} UTC ({cases} cases)?</source>
        <translation>{when} UTC に作成したバックアップ（{cases} 件のケース）を復元しますか？</translation>
    </message>
    <message>
        <source>Casewright will restart. Your current cases, settings, templates and dictionary are not deleted: they move to a before-restore folder in {folder}</source>
        <translation>Casewright は再起動します。現在のケース、設定、テンプレート、辞書は削除されず、{folder} 内の before-restore フォルダーに移動されます</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>ケースをエクスポート</translation>
    </message>
    <message>
        <source>Case exported to {path}</source>
        <translation>ケースを {path} にエクスポートしました</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>ケースをインポート</translation>
    </message>
    <message>
        <source>Imported case {case_id}</source>
        <translation>ケース {case_id} をインポートしました</translation>
    </message>
    <message>
        <source>(a case with this ID was already here; both are kept)</source>
        <translation>（同じ ID のケースが既にあります。両方とも残します）</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>Casewright backups (*{suffix})</source>
        <translation>Casewright バックアップ (*{suffix})</translation>
    </message>
    <message>
        <source>Casewright cases (*{suffix})</source>
        <translation>Casewright ケース (*{suffix})</translation>
    </message>
</context>
<context>
    <name>DataFolderRow</name>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Show the data folder in your file manager</source>
        <translation>ファイルマネージャーでデータフォルダーを表示</translation>
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
        <translation>エディターの拡大率: {percent}%</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>標準のサイズ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Fields marked{mark} are required. Hover a field for its hint.</source>
        <translation>{mark} の付いた項目は必須です。項目にマウスを合わせるとヒントが表示されます。</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <source>Case facts</source>
        <translation>ケース情報</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>Also remove the redacted secrets from the earlier saved version</source>
        <translation>以前に保存した版からも伏せたシークレットを削除する</translation>
    </message>
    <message>
        <source>Also remove the redacted secrets from the {count} earlier saved versions</source>
        <translation>以前に保存した {count} 個の版からも伏せたシークレットを削除する</translation>
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
        <translation>以前の版 1 個から伏せたシークレットを削除しました。</translation>
    </message>
    <message>
        <source>Removed the redacted secrets from {count} earlier versions.</source>
        <translation>以前の版 {count} 個から伏せたシークレットを削除しました。</translation>
    </message>
    <message>
        <source>Could not remove the secrets from the saved versions: {reason}</source>
        <translation>保存済みの版からシークレットを削除できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation>保存済みのバージョン</translation>
    </message>
    <message>
        <source>Preview of the chosen version</source>
        <translation>選んだバージョンのプレビュー</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>このバージョンに戻す</translation>
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
        <translation>次回 Casewright を起動すると、破損したデータベースは別の場所に移され（削除はされません）、新しいデータベースが作成されます。</translation>
    </message>
    <message>
        <source>Casewright could not note this for the next start ({error}).</source>
        <translation>次回の起動に備えてこの状態を記録できませんでした（{error}）。</translation>
    </message>
    <message>
        <source>The case store is damaged: see the warning</source>
        <translation>ケースのデータベースが破損しています。警告をご確認ください</translation>
    </message>
    <message>
        <source>Your case store is damaged</source>
        <translation>ケースのデータベースが破損しています</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found damage in {path}:

{problem}

Your open drafts are still in the editors: copy anything important somewhere safe. </source>
        <translation>SQLite の整合性チェックで {path} に破損が見つかりました:

{problem}

開いている下書きはエディターに残っています。大事な内容は安全な場所にコピーしてください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <source>Restored {case}</source>
        <translation>{case} を元に戻しました</translation>
    </message>
    <message>
        <source>Archived {case}</source>
        <translation>{case} をアーカイブしました</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>{time} に保存しました</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your text is still here; retrying in a few seconds.</source>
        <translation>保存できませんでした: {reason}。入力した内容は残っています。数秒後にもう一度保存します。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新規ケース(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Archive or restore case</source>
        <translation>ケースをアーカイブ/元に戻す(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>返信をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>ケースを検索</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ケース(&amp;C)</translation>
    </message>
    <message>
        <source>Reply &amp;history…</source>
        <translation>返信の履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Escalation history…</source>
        <translation>エスカレーションの履歴(&amp;E)…</translation>
    </message>
    <message>
        <source>Show or hide case &amp;facts</source>
        <translation>ケース情報の表示/非表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not save settings: {error}</source>
        <translation>設定を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>設定を保存しました</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Restart Casewright to see the new language.</source>
        <translation>新しい言語は Casewright を再起動すると反映されます。</translation>
    </message>
    <message>
        <source>Reply copied to the clipboard</source>
        <translation>返信をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>No saved versions of the {document} yet.</source>
        <translation>{document}の保存済みバージョンはまだありません。</translation>
    </message>
    <message>
        <source>{document} history</source>
        <translation>{document}の履歴</translation>
    </message>
    <message>
        <source>Restored the version; Ctrl+Z undoes it</source>
        <translation>このバージョンに戻しました。Ctrl+Z で取り消せます</translation>
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
        <translation>お客様への返信をここに書くか、Ctrl+K でテンプレートを選びます。</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>お客様への返信</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <source>Reply to customer</source>
        <translation>お客様への返信</translation>
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
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムの設定に合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Used in reply signatures.</source>
        <translation>返信の署名に使います。</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>チーム名</translation>
    </message>
    <message>
        <source>Team template folders</source>
        <translation>チームのテンプレートフォルダー</translation>
    </message>
    <message>
        <source>Folders (often git checkouts) with your team&apos;s templates.</source>
        <translation>チームのテンプレートを置いたフォルダー（多くは git のチェックアウト）。</translation>
    </message>
    <message>
        <source>Severity definitions</source>
        <translation>重要度の定義</translation>
    </message>
    <message>
        <source>Which provider&apos;s severity levels cases are assessed on.</source>
        <translation>ケースの重要度を判定するときに使うプロバイダーの重要度レベル。</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>サポートプラン</translation>
    </message>
    <message>
        <source>The customers&apos; usual support plan (e.g. Enterprise); empty for the definitions&apos; default.</source>
        <translation>お客様が通常利用しているサポートプラン（例: Enterprise）。空欄の場合は定義の既定値を使います。</translation>
    </message>
    <message>
        <source>Queue policy file</source>
        <translation>キューのポリシーファイル</translation>
    </message>
    <message>
        <source>Your team&apos;s business hours and follow-up policy (YAML); empty for the bundled one.</source>
        <translation>チームの営業時間とフォローアップのポリシー（YAML）。空欄の場合は同梱のポリシーを使います。</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>自分のタイムゾーン</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Dublin; empty for this computer&apos;s zone.</source>
        <translation>Asia/Tokyo のような IANA 名。空欄の場合はこのコンピューターのタイムゾーンを使います。</translation>
    </message>
    <message>
        <source>Receiving team&apos;s time zone</source>
        <translation>引き継ぎ先チームのタイムゾーン</translation>
    </message>
    <message>
        <source>IANA name shown next to UTC in handover notes.</source>
        <translation>引き継ぎメモで UTC と並べて表示する IANA 名。</translation>
    </message>
    <message>
        <source>LanguageTool server</source>
        <translation>LanguageTool サーバー</translation>
    </message>
    <message>
        <source>URL of your team&apos;s LanguageTool server; empty to not use one.</source>
        <translation>チームの LanguageTool サーバーの URL。使わない場合は空欄にします。</translation>
    </message>
    <message>
        <source>Local LanguageTool</source>
        <translation>ローカルの LanguageTool</translation>
    </message>
    <message>
        <source>Folder of a LanguageTool download, started with Java 17+.</source>
        <translation>ダウンロードした LanguageTool のフォルダー。Java 17 以降で起動します。</translation>
    </message>
    <message>
        <source>LanguageTool download mirror</source>
        <translation>LanguageTool のダウンロードミラー</translation>
    </message>
    <message>
        <source>Where the one-time LanguageTool download comes from.</source>
        <translation>LanguageTool を最初にダウンロードするときの取得元。</translation>
    </message>
    <message>
        <source>LanguageTool memory cap</source>
        <translation>LanguageTool のメモリ上限</translation>
    </message>
    <message>
        <source>Java memory for the local LanguageTool, e.g. 512m or 1g.</source>
        <translation>ローカルの LanguageTool に割り当てる Java のメモリ（例: 512m、1g）。</translation>
    </message>
    <message>
        <source>Internal domains</source>
        <translation>社内ドメイン</translation>
    </message>
    <message>
        <source>Host names that must not appear in customer replies.</source>
        <translation>お客様への返信に含めてはいけないホスト名。</translation>
    </message>
    <message>
        <source>Extra secret rules</source>
        <translation>追加のシークレット規則</translation>
    </message>
    <message>
        <source>Rule files in gitleaks&apos; format, such as your security team&apos;s .gitleaks.toml, one path a line; a team folder&apos;s gate/rules.toml is read as well.</source>
        <translation>gitleaks 形式の規則ファイル（セキュリティチームの .gitleaks.toml など）。1 行に 1 つのパスを指定します。チームフォルダーの gate/rules.toml も読み込まれます。</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>自動保存までの待ち時間</translation>
    </message>
    <message>
        <source>Milliseconds after the last keystroke before a draft is saved.</source>
        <translation>最後のキー入力から下書きを保存するまでの時間（ミリ秒）。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of menus and messages; used from the next start.</source>
        <translation>メニューやメッセージの表示言語。次回の起動時から反映されます。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Light or dark; by default as the system is set.</source>
        <translation>ライトまたはダーク。既定ではシステムの設定に合わせます。</translation>
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
        <translation>データフォルダー</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>{error}. Default settings are used; your file was not changed.</source>
        <translation>{error}。既定の設定を使います。ファイルは変更していません。</translation>
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
        <translation>Casewright でケースを開けません</translation>
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
        <translation>繁体字中国語（台湾）の返信に簡体字が含まれています。</translation>
    </message>
    <message>
        <source>Taiwan punctuation: 「」 for quotes, …… for an ellipsis, one full stop.</source>
        <translation>台湾の句読点: 引用符は「」、省略記号は……、句点は 1 つにします。</translation>
    </message>
    <message>
        <source>The same punctuation mark twice.</source>
        <translation>同じ句読点が 2 回続いています。</translation>
    </message>
    <message>
        <source>Full-width letters, digits or spaces beside Latin text; use half-width.</source>
        <translation>英数字やスペースが全角になっています。半角にしてください。</translation>
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
