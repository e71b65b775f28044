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
        <translation>サポートエンジニアのケース返信とエスカレーション作成を支援するオフラインツールです。</translation>
    </message>
    <message>
        <source>Your cases, settings, templates and dictionary are in this data folder:</source>
        <translation>ケース、設定、テンプレート、辞書はこのデータフォルダーにあります:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these details for a bug report</source>
        <translation>不具合の報告用にこの情報をコピーします</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Handover note</source>
        <translation>引き継ぎメモ</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>お客様のメッセージ</translation>
    </message>
    <message>
        <source>Facts found</source>
        <translation>見つかった情報</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Template fields</source>
        <translation>テンプレートの項目</translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation>テンプレートの問題</translation>
    </message>
    <message>
        <source>Template source</source>
        <translation>テンプレートのソース</translation>
    </message>
    <message>
        <source>Details for a bug report</source>
        <translation>バグ報告用の詳細</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>チェックリストのテンプレート</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>AnswersForm</name>
    <message>
        <source>Production is affected</source>
        <translation>本番環境に影響が出ている</translation>
    </message>
    <message>
        <source>Critical business functions are unavailable</source>
        <translation>重要な業務機能が使えない</translation>
    </message>
    <message>
        <source>A workaround keeps the business going</source>
        <translation>回避策で業務は継続できている</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>e.g. go-live Friday 09:00 JST; empty if none</source>
        <translation>例: 金曜 09:00 JST に本番リリース。なければ空欄</translation>
    </message>
    <message>
        <source>The system is</source>
        <translation>システムの状態</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>影響を受けるユーザー</translation>
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
        <translation>回答からは、一般的な質問を超える影響は見られません</translation>
    </message>
    <message>
        <source>{text}, affecting about 1 user</source>
        <translation>{text}（影響ユーザー数：約 1 人）</translation>
    </message>
    <message>
        <source>{text}, affecting about {count} users</source>
        <translation>{text}（影響ユーザー数：約 {count} 人）</translation>
    </message>
    <message>
        <source>{text}, with a deadline of {deadline}</source>
        <translation>{text}（期限：{deadline}）</translation>
    </message>
    <message>
        <source>{text}; {level} is the highest level the {plan} plan offers</source>
        <translation>{text}。{plan} プランで選べる最も高いレベルは「{level}」です</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
    <message>
        <source>The case was opened as {chosen}, which is meant for: {criteria} From what we know so far, {recommended} fits better; the customer may know of impact we have not heard about, so ask kindly before suggesting a change.</source>
        <translation>このケースは「{chosen}」で起票されています。このレベルの基準：{criteria}現時点の情報では「{recommended}」が適切です。お客様はこちらが把握していない影響をご存じかもしれないため、変更を提案する前に丁寧に確認してください。</translation>
    </message>
    <message>
        <source>The case was opened as {chosen}, but the impact described matches {recommended}; suggest raising it so the case gets the faster response it needs (target first response {time}).</source>
        <translation>このケースは「{chosen}」で起票されていますが、伝えられた影響は「{recommended}」に当たります。必要な早い対応を受けられるよう、引き上げを提案してください（初回応答の目標：{time}）。</translation>
    </message>
    <message>
        <source>The case was opened as {chosen}, but the impact described matches {recommended}; suggest raising it so the case gets the faster response it needs.</source>
        <translation>このケースは「{chosen}」で起票されていますが、伝えられた影響は「{recommended}」に当たります。必要な早い対応を受けられるよう、引き上げを提案してください。</translation>
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
    <name>CaseListModel</name>
    <message>
        <source> (archived)</source>
        <translation>（アーカイブ済み）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>Severity: {severity} · Language: {language}</source>
        <translation>重要度: {severity} · 言語: {language}</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>次の対応: {step}</translation>
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
        <translation>ケースの並べ替えと絞り込み</translation>
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
        <translation>次の対応: このケースで次に行うこと</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <source>Customer time zone</source>
        <translation>お客様のタイムゾーン</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone (guessed from the region)</source>
        <translation>お客様のタイムゾーン（リージョンから推定）</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Customer zone:</source>
        <translation>お客様のタイムゾーン:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>（自分）</translation>
    </message>
    <message>
        <source>(customer)</source>
        <translation>（お客様）</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>不明なタイムゾーンです: {0}</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>指定…</translation>
    </message>
    <message>
        <source>Clear follow-up date</source>
        <translation>フォローアップ日をクリア</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>フォローアップ日</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Step {number} shows the problem.</source>
        <translation>手順 {number} で問題が発生しています。</translation>
    </message>
    <message>
        <source>Steps {numbers} and {last} show the problem.</source>
        <translation>手順 {numbers} と {last} で問題が発生しています。</translation>
    </message>
    <message>
        <source>{run} of {total} step run</source>
        <translation>{total} 手順中 {run} 手順を実行</translation>
    </message>
    <message>
        <source>{run} of {total} steps run</source>
        <translation>{total} 手順中 {run} 手順を実行</translation>
    </message>
    <message>
        <source>Add steps to record how you reproduce the problem.</source>
        <translation>手順を追加して、問題の再現方法を記録してください。</translation>
    </message>
    <message>
        <source>Set a step&apos;s status (Passed, Failed or Blocked) once you have run it.</source>
        <translation>手順を実行したら、ステータス（成功、失敗、ブロック）を設定してください。</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>再現あり</translation>
    </message>
    <message>
        <source>No step that ran shows the problem.</source>
        <translation>実行した手順では問題は発生していません。</translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation>再現なし</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>CompletenessMeter</name>
    <message>
        <source>%p% complete</source>
        <translation>%p% 完了</translation>
    </message>
    <message>
        <source>Click a line to go to its field.</source>
        <translation>行をクリックすると該当する項目に移動します。</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>要改善</translation>
    </message>
    <message>
        <source>{field}: click to go to the field</source>
        <translation>{field}: クリックすると項目に移動します</translation>
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
        <translation>Casewright のバックアップ</translation>
    </message>
    <message>
        <source>Backed up {cases} cases and {files} other files to {path}</source>
        <translation>ケース {cases} 件とその他のファイル {files} 個を {path} にバックアップしました</translation>
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
        <translation>{when} UTC に作成したバックアップ（ケース {cases} 件）を復元しますか？</translation>
    </message>
    <message>
        <source>Casewright will restart. Your current cases, settings, templates and dictionary are not deleted: they move to a before-restore folder in {folder}</source>
        <translation>Casewright を再起動します。現在のケース、設定、テンプレート、辞書は削除されず、{folder} 内の before-restore フォルダーに移動します</translation>
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
        <translation>（同じ ID のケースがすでにあります。両方とも残します）</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>Casewright backups (*{suffix})</source>
        <translation>Casewright のバックアップ (*{suffix})</translation>
    </message>
    <message>
        <source>Casewright cases (*{suffix})</source>
        <translation>Casewright のケース (*{suffix})</translation>
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
        <translation>データフォルダーをファイルマネージャーで表示します</translation>
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
        <translation>ケースの期限</translation>
    </message>
</context>
<context>
    <name>EditorChecker</name>
    <message>
        <source>Not checked: the text is longer than {count} characters.</source>
        <extracomment>Reads the spots ignored in a place of a case; ``None``: nothing is kept beyond memory. Keeps one more spot ignored in a place of a case. The text whose check results are shown now (tests and side lists compare it).</extracomment>
        <translation>チェックしていません: {count} 文字を超えています。</translation>
    </message>
    <message>
        <source>“{text}”: {message} (suggested: “{suggestion}”)</source>
        <translation>「{text}」：{message}（候補：「{suggestion}」）</translation>
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
    <name>ErrorReporter</name>
    <message>
        <source>Casewright hit an error</source>
        <translation>Casewright でエラーが発生しました</translation>
    </message>
    <message>
        <source>Something went wrong inside Casewright. Your drafts are safe: what you typed is saved as you go. If it happens again, please send the details with a bug report.</source>
        <translation>Casewright の内部でエラーが発生しました。下書きは失われていません（入力した内容は随時保存されます）。再び起きた場合は、詳細を添えて不具合を報告してください。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Always</source>
        <translation>毎回発生</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>断続的に発生</translation>
    </message>
    <message>
        <source>Not reproduced</source>
        <translation>再現なし</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The symptom in one sentence: what fails, where, since when. Not the fix you would like.</source>
        <translation>症状を一文で: 何が、どこで、いつから失敗しているか。希望する修正内容ではありません。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>The AWS service, e.g. Amazon ECS.</source>
        <translation>AWS のサービス（例: Amazon ECS）。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>The feature or API, e.g. service deployments, PutObject.</source>
        <translation>機能または API（例: サービスのデプロイ、PutObject）。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Region codes, e.g. eu-west-1 (or &apos;global&apos;).</source>
        <translation>リージョンコード（例: eu-west-1、または「global」）。</translation>
    </message>
    <message>
        <source>Affected versions</source>
        <translation>影響を受けるバージョン</translation>
    </message>
    <message>
        <source>Engine, runtime, platform or API versions affected.</source>
        <translation>影響を受けるエンジン、ランタイム、プラットフォーム、API のバージョン。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Runtime, SDK/CLI versions, relevant configuration.</source>
        <translation>ランタイム、SDK/CLI のバージョン、関連する設定。</translation>
    </message>
    <message>
        <source>Steps to reproduce</source>
        <translation>再現手順</translation>
    </message>
    <message>
        <source>Numbered steps another engineer can follow exactly.</source>
        <translation>ほかのエンジニアがそのとおりに実行できる、番号付きの手順。</translation>
    </message>
    <message>
        <source>Reproducibility</source>
        <translation>再現性</translation>
    </message>
    <message>
        <source>Always, intermittent or not reproduced.</source>
        <translation>毎回発生、断続的に発生、再現なしのいずれか。</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>発生頻度</translation>
    </message>
    <message>
        <source>e.g. &apos;3 of 5 attempts&apos;, &apos;about 2% of requests&apos;.</source>
        <translation>例:「5 回中 3 回」「リクエストの約 2%」。</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>期待される結果</translation>
    </message>
    <message>
        <source>What should have happened, per documentation.</source>
        <translation>ドキュメントどおりであれば起きるはずだったこと。</translation>
    </message>
    <message>
        <source>Actual result</source>
        <translation>実際の結果</translation>
    </message>
    <message>
        <source>What happened instead: the exact error or output.</source>
        <translation>実際に起きたこと: 正確なエラーや出力。</translation>
    </message>
    <message>
        <source>Customer and business impact</source>
        <translation>お客様とビジネスへの影響</translation>
    </message>
    <message>
        <source>Who is hurt and how many; deadlines, revenue or SLA at risk, with numbers.</source>
        <translation>誰がどれだけ影響を受けているか。期限、売上、SLA へのリスクを数字で。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>The assessed severity level.</source>
        <translation>評価した重要度のレベル。</translation>
    </message>
    <message>
        <source>Severity justification</source>
        <translation>重要度の根拠</translation>
    </message>
    <message>
        <source>One sentence: why this level under the severity definitions.</source>
        <translation>一文で: 重要度の定義に照らして、なぜこのレベルなのか。</translation>
    </message>
    <message>
        <source>Workaround</source>
        <translation>回避策</translation>
    </message>
    <message>
        <source>The workaround and its cost, or an explicit &apos;none&apos;.</source>
        <translation>回避策とその負担。ない場合は「なし」と明記。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Request IDs, UTC timestamps, error codes, log excerpts.</source>
        <translation>リクエスト ID、UTC のタイムスタンプ、エラーコード、ログの抜粋。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>When it was first seen (UTC) and what changed just before.</source>
        <translation>最初に発生した日時（UTC）と、その直前に変わったこと。</translation>
    </message>
    <message>
        <source>Already tried</source>
        <translation>試したこと</translation>
    </message>
    <message>
        <source>What was tried and what each attempt showed.</source>
        <translation>試したことと、それぞれの結果。</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>依頼事項</translation>
    </message>
    <message>
        <source>The specific question or decision needed from the product team.</source>
        <translation>製品チームに求める具体的な質問や判断。</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>修正案</translation>
    </message>
    <message>
        <source>Optional: a fix you would propose, if any.</source>
        <translation>任意: 提案したい修正があれば。</translation>
    </message>
    <message>
        <source>Service, component, region, versions</source>
        <translation>サービス、コンポーネント、リージョン、バージョン</translation>
    </message>
    <message>
        <source>Expected and actual result</source>
        <translation>期待される結果と実際の結果</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>{field} is required. {hint}</source>
        <translation>「{field}」は必須です。{hint}</translation>
    </message>
    <message>
        <source>Summary is under {count} words: say what fails, where and since when.</source>
        <translation>概要が {count} 語未満です。何が、どこで、いつから失敗しているかを書いてください。</translation>
    </message>
    <message>
        <source>Summary only says something is broken: name the error, the operation and a number (status code, count, time).</source>
        <translation>概要が「動かない」としか言っていません。エラー、操作、数値（ステータスコード、件数、時間）を書いてください。</translation>
    </message>
    <message>
        <source>Summary proposes a fix: describe the symptom here and put the fix under Suggested fix.</source>
        <translation>概要に修正案が書かれています。ここには症状を書き、修正案は「修正案」に書いてください。</translation>
    </message>
    <message>
        <source>Expected and actual results are the same: what happened instead?</source>
        <translation>期待される結果と実際の結果が同じです。実際には何が起きましたか？</translation>
    </message>
    <message>
        <source>Evidence has no request ID and no UTC timestamp: the product team needs them to find the requests in their logs.</source>
        <translation>証跡にリクエスト ID も UTC のタイムスタンプもありません。製品チームがログでリクエストを探すのに必要です。</translation>
    </message>
    <message>
        <source>Evidence has no request ID: the product team needs them to find the requests in their logs.</source>
        <translation>証跡にリクエスト ID がありません。製品チームがログでリクエストを探すのに必要です。</translation>
    </message>
    <message>
        <source>Evidence has no UTC timestamp: the product team needs them to find the requests in their logs.</source>
        <translation>証跡に UTC のタイムスタンプがありません。製品チームがログでリクエストを探すのに必要です。</translation>
    </message>
    <message>
        <source>Region is missing: give the region code, e.g. eu-west-1.</source>
        <translation>リージョンがありません。リージョンコード（例: eu-west-1）を書いてください。</translation>
    </message>
    <message>
        <source>Region {value} is not a region code such as eu-west-1.</source>
        <translation>リージョン {value} は eu-west-1 のようなリージョンコードではありません。</translation>
    </message>
    <message>
        <source>Impact gives no numbers and no who is affected: e.g. {example}.</source>
        <translation>影響に数値も影響を受ける人も書かれていません。例: {example}。</translation>
    </message>
    <message>
        <source>Impact gives no numbers: e.g. {example}.</source>
        <translation>影響に数値が書かれていません。例: {example}。</translation>
    </message>
    <message>
        <source>Impact gives no who is affected: e.g. {example}.</source>
        <translation>影響に、誰が影響を受けているかが書かれていません。例: {example}。</translation>
    </message>
    <message>
        <source>The ask is not a specific question or decision: e.g. &apos;Is this a regression in 1.29, and is a fix planned before 3 June?&apos;</source>
        <translation>依頼事項が具体的な質問や判断になっていません。例:「これは 1.29 でのリグレッションですか？6 月 3 日より前に修正の予定はありますか？」</translation>
    </message>
    <message>
        <source>Workaround is empty: describe it, or write &apos;none&apos;.</source>
        <translation>回避策が空欄です。内容を書くか、「なし」と書いてください。</translation>
    </message>
    <message>
        <source>Workaround {value} is a placeholder: describe the workaround or write &apos;none&apos;.</source>
        <translation>回避策 {value} は仮の記入です。回避策を書くか、「なし」と書いてください。</translation>
    </message>
    <message>
        <source>Reproducibility is missing: always, intermittent or not reproduced?</source>
        <translation>再現性がありません。毎回発生、断続的に発生、再現なしのどれですか？</translation>
    </message>
    <message>
        <source>Reproducibility {value} is not always, intermittent or not reproduced.</source>
        <translation>再現性 {value} は「毎回発生」「断続的に発生」「再現なし」のいずれでもありません。</translation>
    </message>
    <message>
        <source>Intermittent: say how often, e.g. &apos;3 of 5 attempts&apos;.</source>
        <translation>断続的に発生: 頻度を書いてください（例:「5 回中 3 回」）。</translation>
    </message>
    <message>
        <source>Steps to reproduce are missing.</source>
        <translation>再現手順がありません。</translation>
    </message>
    <message>
        <source>Steps to reproduce are too short to follow: give the commands or calls, in order.</source>
        <translation>再現手順が短すぎて再現できません。コマンドや呼び出しを順番に書いてください。</translation>
    </message>
    <message>
        <source>Say in one sentence why this severity applies.</source>
        <translation>この重要度になる理由を一文で書いてください。</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Fields marked{mark} are required. Hover a field for its hint.</source>
        <translation>{mark} の付いた項目は必須です。項目にマウスを合わせるとヒントが表示されます。</translation>
    </message>
    <message>
        <source>From the case facts: {value}</source>
        <translation>ケース情報から: {value}</translation>
    </message>
</context>
<context>
    <name>EscalationPane</name>
    <message>
        <source>Escalation (internal)</source>
        <translation>エスカレーション（社内）</translation>
    </message>
    <message>
        <source>INTERNAL · escalation for the product team · never sent to the customer</source>
        <translation>社内用 · 製品チームへのエスカレーション · お客様には送信されません</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>The format: your team&apos;s escalation templates appear here.</source>
        <translation>形式: チームのエスカレーション用テンプレートがここに表示されます。</translation>
    </message>
    <message>
        <source>Copy escalation</source>
        <translation>エスカレーションをコピー</translation>
    </message>
    <message>
        <source>Copy as Markdown (rich text for editors that take it).</source>
        <translation>Markdown でコピーします（対応するエディターには書式付きで貼り付けられます）。</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>プレーンテキストでコピー</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the escalation as a Markdown (.md) file.</source>
        <translation>エスカレーションを Markdown（.md）ファイルとして保存します。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Escalation copied as {kind} (internal: not for the customer)</source>
        <translation>エスカレーションを{kind}でコピーしました（社内用・お客様には送らないでください）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export escalation</source>
        <translation>エスカレーションをエクスポート</translation>
    </message>
    <message>
        <source>Escalation exported to {target}</source>
        <translation>エスカレーションを {target} に書き出しました</translation>
    </message>
    <message>
        <source>Escalation not rendered</source>
        <translation>エスカレーションを生成できません</translation>
    </message>
</context>
<context>
    <name>EscalationPreview</name>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Show the Markdown text that Copy and Export produce.</source>
        <translation>コピーとエクスポートで出力される Markdown を表示します。</translation>
    </message>
    <message>
        <source>The escalation could not be rendered</source>
        <translation>エスカレーションを生成できませんでした</translation>
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
    <name>Feature</name>
    <message>
        <source>Escalation</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <source>Copy &amp;escalation</source>
        <translation>エスカレーションをコピー(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xport escalation…</source>
        <translation>エスカレーションをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Fill escalation from &amp;checklist</source>
        <translation>チェックリストからエスカレーションに入力(&amp;C)</translation>
    </message>
    <message>
        <source>Fill escalation &amp;severity</source>
        <translation>エスカレーションに重要度を入力(&amp;S)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Checklist &amp;history…</source>
        <translation>チェックリストの履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Assess severity</source>
        <translation>重要度を評価(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Could not start: {names}. The rest of Casewright works; details are in the log.</source>
        <translation>起動できませんでした: {names}。Casewright のほかの機能は使えます。詳細はログにあります。</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>One item per line</source>
        <translation>1 行に 1 項目</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>File_actions</name>
    <message>
        <source>Checklist YAML (*.yaml *.yml);;All files (*)</source>
        <translation>チェックリスト YAML (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Template “{title}”</source>
        <translation>テンプレート「{title}」</translation>
    </message>
    <message>
        <source>Started from template “{title}”; Ctrl+Z takes it back</source>
        <translation>テンプレート「{title}」から始めました。Ctrl+Z で元に戻せます</translation>
    </message>
    <message>
        <source>Checklist copied to the clipboard as Markdown</source>
        <translation>チェックリストを Markdown としてクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Export checklist as YAML</source>
        <translation>チェックリストを YAML でエクスポート</translation>
    </message>
    <message>
        <source>Checklist not exported</source>
        <translation>チェックリストをエクスポートできませんでした</translation>
    </message>
    <message>
        <source>Could not write {path}:</source>
        <translation>{path} に書き込めませんでした:</translation>
    </message>
    <message>
        <source>Checklist exported to {path}</source>
        <translation>チェックリストを {path} に書き出しました</translation>
    </message>
    <message>
        <source>Import checklist from YAML</source>
        <translation>YAML からチェックリストをインポート</translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>{line} 行目: </translation>
    </message>
    <message>
        <source>Checklist not imported</source>
        <translation>チェックリストをインポートできませんでした</translation>
    </message>
    <message>
        <source>The checklist was not changed.</source>
        <translation>チェックリストは変更していません。</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} の読み込み</translation>
    </message>
    <message>
        <source>Imported {name}; Ctrl+Z takes it back</source>
        <translation>{name} を読み込みました。Ctrl+Z で元に戻せます</translation>
    </message>
</context>
<context>
    <name>FillBar</name>
    <message>
        <source>Fill the empty fields from the case&apos;s reproduction checklist and facts.</source>
        <translation>ケースの再現チェックリストとケース情報から空欄を埋めます。</translation>
    </message>
    <message>
        <source>Fill empty severity and justification from the severity assessment.</source>
        <translation>重要度の評価から、空欄の重要度と根拠を埋めます。</translation>
    </message>
    <message>
        <source>Fill from checklist</source>
        <translation>チェックリストから入力</translation>
    </message>
    <message>
        <source>Fill severity</source>
        <translation>重要度を入力</translation>
    </message>
    <message>
        <source>Undo fill</source>
        <translation>入力を取り消す</translation>
    </message>
    <message>
        <source>Put back what the last fill changed.</source>
        <translation>直前の入力で変わった内容を元に戻します。</translation>
    </message>
    <message>
        <source>the checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>the severity assessment</source>
        <translation>重要度の評価</translation>
    </message>
    <message>
        <source>Fill undone</source>
        <translation>入力を取り消しました</translation>
    </message>
    <message>
        <source>Nothing to fill from {source}: its fields already have text</source>
        <translation>{source}から入力する内容はありません（項目にはすでに入力があります）</translation>
    </message>
    <message>
        <source>Filled from {source}: {fields} (Undo fill reverts)</source>
        <translation>{source}から入力しました: {fields}（「入力を取り消す」で元に戻せます）</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <source>Choose a template on the left to fill it in.</source>
        <translation>左側で入力するテンプレートを選んでください。</translation>
    </message>
    <message>
        <source>This template asks for nothing beyond the case facts.</source>
        <translation>このテンプレートはケース情報だけで作成できます。</translation>
    </message>
    <message>
        <source>Case facts used ({count}) — change them for this reply only</source>
        <translation>使用するケース情報（{count}）— この返信だけ変更できます</translation>
    </message>
    <message>
        <source>(not set in Settings)</source>
        <translation>（設定で未入力）</translation>
    </message>
    <message>
        <source>(empty in the case)</source>
        <translation>（ケースで未入力）</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>BLOCKS</source>
        <translation>送信不可</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>OVERRIDDEN</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>このまま送信…</translation>
    </message>
    <message>
        <source>Change reason…</source>
        <translation>理由を変更…</translation>
    </message>
    <message>
        <source>Override reason: {reason}</source>
        <translation>送信する理由: {reason}</translation>
    </message>
    <message>
        <source>Why is it safe to send? e.g. the customer&apos;s own test key</source>
        <translation>送信しても問題ない理由は？例: お客様自身のテスト用キー</translation>
    </message>
    <message>
        <source>Accept reason</source>
        <translation>理由を確定</translation>
    </message>
    <message>
        <source>Type a reason (a few words).</source>
        <translation>理由を入力してください（短くてかまいません）。</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>unfilled value</source>
        <translation>未入力の値</translation>
    </message>
    <message>
        <source>A template value was never filled in.</source>
        <translation>テンプレートの値が入力されていません。</translation>
    </message>
    <message>
        <source>template code</source>
        <translation>テンプレートのコード</translation>
    </message>
    <message>
        <source>Template code was left in the text; remove it or fill in what it meant.</source>
        <translation>本文にテンプレートのコードが残っています。削除するか、本来の内容を入力してください。</translation>
    </message>
    <message>
        <source>Template-like syntax inside code; fine if the customer&apos;s code really contains it.</source>
        <translation>コード内にテンプレートのような構文があります。お客様のコードに実際に含まれているなら問題ありません。</translation>
    </message>
    <message>
        <source>Template syntax: fine if the customer&apos;s text really contains it; if it is left from a Casewright template, fill in what it meant.</source>
        <translation>テンプレートの構文です。お客様の文章に実際に含まれているなら問題ありません。Casewright のテンプレートの残りであれば、本来の内容を入力してください。</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>An email address is in the text.</source>
        <translation>本文にメールアドレスが含まれています。</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>A public IP address is in the text.</source>
        <translation>本文にパブリック IP アドレスが含まれています。</translation>
    </message>
    <message>
        <source>AWS account ID</source>
        <translation>AWS アカウント ID</translation>
    </message>
    <message>
        <source>An AWS account ID is in the text.</source>
        <translation>本文に AWS アカウント ID が含まれています。</translation>
    </message>
    <message>
        <source>internal host</source>
        <translation>社内ホスト</translation>
    </message>
    <message>
        <source>An internal host name or URL is in the text.</source>
        <translation>本文に社内のホスト名または URL が含まれています。</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>This line comes from the escalation note (written for the product team).</source>
        <translation>この行はエスカレーション（製品チーム向け）から来ています。</translation>
    </message>
    <message>
        <source>grammar</source>
        <translation>文法</translation>
    </message>
    <message>
        <source>A grammar issue remains.</source>
        <translation>文法の問題が残っています。</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>伏せる</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>{count} overridden with a reason.</source>
        <translation>理由を付けて {count} 件を承認しました。</translation>
    </message>
    <message>
        <source>{summary} {overridden}</source>
        <translation>{summary}{overridden}</translation>
    </message>
    <message>
        <source>{blocks} finding blocks sending: fix or override each one.</source>
        <translation>{blocks} 件の指摘により送信できません。修正するか、理由を付けて承認してください。</translation>
    </message>
    <message>
        <source>{blocks} findings block sending: fix or override each one.</source>
        <translation>{blocks} 件の指摘により送信できません。1 件ずつ修正するか、理由を付けて承認してください。</translation>
    </message>
    <message>
        <source>{blocks} finding blocks sending (and {warnings} warning): fix or override each one.</source>
        <translation>{blocks} 件の指摘により送信できません（ほかに警告 {warnings} 件）。1 件ずつ修正するか、理由を付けて承認してください。</translation>
    </message>
    <message>
        <source>{blocks} finding blocks sending (and {warnings} warnings): fix or override each one.</source>
        <translation>{blocks} 件の指摘により送信できません（ほかに警告 {warnings} 件）。1 件ずつ修正するか、理由を付けて承認してください。</translation>
    </message>
    <message>
        <source>{blocks} findings block sending (and {warnings} warning): fix or override each one.</source>
        <translation>{blocks} 件の指摘により送信できません（ほかに警告 {warnings} 件）。1 件ずつ修正するか、理由を付けて承認してください。</translation>
    </message>
    <message>
        <source>{blocks} findings block sending (and {warnings} warnings): fix or override each one.</source>
        <translation>{blocks} 件の指摘により送信できません（ほかに警告 {warnings} 件）。1 件ずつ修正するか、理由を付けて承認してください。</translation>
    </message>
    <message>
        <source>{warnings} warning to review; fix them or choose Send anyway.</source>
        <translation>確認が必要な警告が {warnings} 件あります。修正するか、「このまま送信」を選んでください。</translation>
    </message>
    <message>
        <source>{warnings} warnings to review; fix them or choose Send anyway.</source>
        <translation>確認が必要な警告が {warnings} 件あります。修正するか、「このまま送信」を選んでください。</translation>
    </message>
    <message>
        <source>Nothing blocks sending.</source>
        <translation>送信を妨げるものはありません。</translation>
    </message>
    <message>
        <source>{label} is in the text; check it may be sent.</source>
        <translation>本文に {label} が含まれています。送信してよいか確認してください。</translation>
    </message>
    <message>
        <source>{label} is in the text; redact it (and ask for it to be rotated).</source>
        <translation>本文に {label} が含まれています。伏せてください（あわせて変更も依頼してください）。</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <source>{action}: check before it leaves Casewright</source>
        <translation>{action}: Casewright から出す前の確認</translation>
    </message>
    <message>
        <source>Redact all secrets</source>
        <translation>機密情報をすべて伏せる</translation>
    </message>
    <message>
        <source>Replace every secret (keys, tokens, passwords) with a marker. Warnings such as e-mail addresses and account IDs are left for you to decide one by one.</source>
        <translation>機密情報（キー、トークン、パスワード）をすべてマーカーに置き換えます。メールアドレスやアカウント ID などの警告は 1 件ずつ判断してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Redact all secrets in the gate panel</source>
        <translation>送信前チェックですべての機密情報を伏せる</translation>
    </message>
    <message>
        <source>Send nothing (Esc)</source>
        <translation>何も送信しない（Esc）</translation>
    </message>
    <message>
        <source>Send the text as it is now (Ctrl+Enter)</source>
        <translation>現在の内容のまま送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send from the gate panel</source>
        <translation>送信前チェックから送信</translation>
    </message>
    <message>
        <source>…and {count} more not listed.</source>
        <translation>…ほか {count} 件（一覧には表示していません）。</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>このまま送信</translation>
    </message>
    <message>
        <source>Also remove the redacted secrets from the earlier saved version</source>
        <translation>以前に保存したバージョンからも、伏せた機密情報を削除する</translation>
    </message>
    <message>
        <source>Also remove the redacted secrets from the {count} earlier saved versions</source>
        <translation>以前に保存した {count} 個のバージョンからも、伏せた機密情報を削除する</translation>
    </message>
</context>
<context>
    <name>Grammar</name>
    <message>
        <source>basic checks (offline)</source>
        <translation>基本チェック（オフライン）</translation>
    </message>
    <message>
        <source>{engine} does not check {language}</source>
        <translation>{engine} は {language} をチェックしません</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Grammar: {engine}</source>
        <translation>文法: {engine}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}、{then}</translation>
    </message>
    <message>
        <source>{status} - {notes}</source>
        <translation>{status} — {notes}</translation>
    </message>
    <message>
        <source>Harper (offline)</source>
        <translation>Harper（オフライン）</translation>
    </message>
    <message>
        <source>LanguageTool not configured</source>
        <translation>LanguageTool は未設定</translation>
    </message>
</context>
<context>
    <name>GrammarFeature</name>
    <message>
        <source>Writing</source>
        <extracomment>Escalation notes go to product teams, who read English.</extracomment>
        <translation>文章</translation>
    </message>
    <message>
        <source>&amp;Grammar settings…</source>
        <translation>文法チェックの設定(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>GrammarService</name>
    <message>
        <source>Grammar check failed: {message}</source>
        <extracomment>Texts longer than this are not checked (a pasted log is not prose to correct).</extracomment>
        <translation>文法チェックに失敗しました: {message}</translation>
    </message>
    <message>
        <source>Personal dictionary not saved: {error}</source>
        <translation>個人辞書を保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>GrammarSettingsDialog</name>
    <message>
        <source>Grammar settings</source>
        <translation>文法チェックの設定</translation>
    </message>
    <message>
        <source>Point out passive voice (style)</source>
        <translation>受動態を指摘する（スタイル）</translation>
    </message>
    <message>
        <source>e.g. http://languagetool.example.internal:8081</source>
        <translation>例: http://languagetool.example.internal:8081</translation>
    </message>
    <message>
        <source>Folder holding languagetool-server.jar</source>
        <translation>languagetool-server.jar があるフォルダー</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Download LanguageTool…</source>
        <translation>LanguageTool をダウンロード…</translation>
    </message>
    <message>
        <source>Personal dictionary
(one word a line)</source>
        <translation>個人辞書
（1 行に 1 語）</translation>
    </message>
    <message>
        <source>Ignored rules
(one rule id a line)</source>
        <translation>無視するルール
（1 行に 1 ルール ID）</translation>
    </message>
    <message>
        <source>LanguageTool server</source>
        <translation>LanguageTool サーバー</translation>
    </message>
    <message>
        <source>A team server wins over a local folder when both are set.</source>
        <translation>両方が設定されている場合はチームのサーバーを優先します。</translation>
    </message>
    <message>
        <source>Local LanguageTool</source>
        <translation>ローカルの LanguageTool</translation>
    </message>
    <message>
        <source>Memory cap</source>
        <translation>メモリ上限</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>ダウンロード元</translation>
    </message>
    <message>
        <source>Downloads about 250 MB once from {url} into {folder}.</source>
        <translation>{url} から約 250 MB を {folder} に一度だけダウンロードします。</translation>
    </message>
    <message>
        <source>LanguageTool is in {folder}. Save to start using it.</source>
        <translation>LanguageTool は {folder} にあります。保存すると使い始めます。</translation>
    </message>
    <message>
        <source>LanguageTool folder</source>
        <translation>LanguageTool のフォルダー</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover note</source>
        <translation>引き継ぎメモ</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Building the note…</source>
        <translation>メモを作成しています…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Cases touched in the last</source>
        <translation>次の期間に対応したケース: 直近</translation>
    </message>
    <message>
        <source>Receiving team&apos;s time zone:</source>
        <translation>引き継ぎ先のタイムゾーン:</translation>
    </message>
    <message>
        <source>{0} open case(s).</source>
        <translation>対応中のケース: {0} 件。</translation>
    </message>
    <message>
        <source>{0} secret(s) redacted by the pre-send gate.</source>
        <translation>送信前チェックで機密情報を {0} 件伏せました。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>e.g. Amazon ECS (Fargate)</source>
        <translation>例: Amazon ECS（Fargate）</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>例: eu-west-1</translation>
    </message>
    <message>
        <source>Engine, runtime, SDK or platform versions</source>
        <translation>エンジン、ランタイム、SDK、プラットフォームのバージョン</translation>
    </message>
    <message>
        <source>Relevant configuration: timeouts, health checks, policies…</source>
        <translation>関連する設定: タイムアウト、ヘルスチェック、ポリシーなど</translation>
    </message>
    <message>
        <source>What must be true before step 1; IDs and times from the customer</source>
        <translation>手順 1 の前に満たすべき条件。お客様から受け取った ID と時刻</translation>
    </message>
    <message>
        <source>Checklist title, e.g. Lambda times out calling RDS</source>
        <translation>チェックリストのタイトル（例: Lambda から RDS への呼び出しがタイムアウトする）</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>未記録</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Checklist history</source>
        <translation>チェックリストの履歴</translation>
    </message>
    <message>
        <source>No saved checklist versions yet.</source>
        <translation>チェックリストの保存済みバージョンはまだありません。</translation>
    </message>
    <message>
        <source>Restore checklist version</source>
        <translation>チェックリストのバージョンを元に戻す</translation>
    </message>
    <message>
        <source>Restored the checklist version; Ctrl+Z undoes it</source>
        <translation>チェックリストのこの版を復元しました。Ctrl+Z で元に戻せます</translation>
    </message>
</context>
<context>
    <name>HistoryCleaner</name>
    <message>
        <source>Removed the redacted secrets from 1 earlier version.</source>
        <translation>以前のバージョン 1 個から、伏せた機密情報を削除しました。</translation>
    </message>
    <message>
        <source>Removed the redacted secrets from {count} earlier versions.</source>
        <translation>以前のバージョン {count} 個から、伏せた機密情報を削除しました。</translation>
    </message>
    <message>
        <source>Could not remove the secrets from the saved versions: {reason}</source>
        <translation>保存済みのバージョンから機密情報を削除できませんでした: {reason}</translation>
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
        <translation>お客様のメッセージを貼り付け</translation>
    </message>
    <message>
        <source>Paste what the customer wrote</source>
        <translation>お客様が書いた内容を貼り付けてください</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy/MM/dd HH:mm</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>From the message</source>
        <translation>メッセージの該当箇所</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>採用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>すべて採用</translation>
    </message>
    <message>
        <source>Add to thread</source>
        <translation>スレッドに追加</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受信日時:</translation>
    </message>
    <message>
        <source>Facts found — accept or reject each (A / R):</source>
        <translation>見つかった情報 — 1 件ずつ採用または却下してください（A / R）:</translation>
    </message>
    <message>
        <source>✓ Accept</source>
        <translation>✓ 採用</translation>
    </message>
    <message>
        <source>✗ Reject</source>
        <translation>✗ 却下</translation>
    </message>
    <message>
        <source>{0} found · {1} accepted · {2} rejected</source>
        <translation>検出 {0} 件 · 採用 {1} 件 · 却下 {2} 件</translation>
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
    <name>IssueMenu</name>
    <message>
        <source>Spelling</source>
        <translation>スペル</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>文法</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>句読点</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>表記</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>verb form</source>
        <translation>動詞の形</translation>
    </message>
    <message>
        <source>confused words</source>
        <translation>混同しやすい語</translation>
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
        <translation>語順</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>ここでは無視</translation>
    </message>
    <message>
        <source>Ignore this rule</source>
        <translation>このルールを無視</translation>
    </message>
    <message>
        <source>Add “{word}” to dictionary</source>
        <translation>「{word}」を辞書に追加</translation>
    </message>
</context>
<context>
    <name>LanguageToolDownload</name>
    <message>
        <source>Downloading LanguageTool…</source>
        <translation>LanguageTool をダウンロードしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Download LanguageTool</source>
        <translation>LanguageTool のダウンロード</translation>
    </message>
    <message>
        <source>Downloading LanguageTool from {url}…</source>
        <translation>{url} から LanguageTool をダウンロードしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
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
        <translation>編集…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>{count} templates.</source>
        <translation>テンプレート {count} 件。</translation>
    </message>
    <message>
        <source>Folder not found: {folder}.</source>
        <translation>フォルダーが見つかりません: {folder}。</translation>
    </message>
    <message>
        <source>Overrides the bundled template with this id</source>
        <translation>同じ ID の同梱テンプレートを上書きします</translation>
    </message>
    <message>
        <source>Not used: overridden by {name}</source>
        <translation>未使用: {name} に上書きされています</translation>
    </message>
    <message>
        <source>Line {line}: {severity}: {message}</source>
        <translation>{line} 行目: {severity}: {message}</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <source>(folder not found)</source>
        <translation>（フォルダーが見つかりません）</translation>
    </message>
</context>
<context>
    <name>LongLines</name>
    <message>
        <source>Not pasted: this field would hold {length} characters, more than it takes ({limit}); the clipboard still holds it, attach it as a file instead.</source>
        <translation>貼り付けませんでした: この欄は {length} 文字になり、入る長さ（{limit} 文字）を超えます。クリップボードには残っているので、ファイルとして添付してください。</translation>
    </message>
    <message>
        <source>Not pasted: a line of {length} characters is longer than this field takes ({limit}); the clipboard still holds it, attach it as a file instead.</source>
        <translation>貼り付けませんでした: {length} 文字の行は、この欄に入る長さ（{limit} 文字）を超えています。クリップボードには残っているので、ファイルとして添付してください。</translation>
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
        <source>Not archived or restored</source>
        <translation>アーカイブも復元もしていません</translation>
    </message>
    <message>
        <source>{what}: {reason}. Nothing was changed; try again.</source>
        <translation>{what}: {reason}。何も変更していません。もう一度お試しください。</translation>
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
        <source>E&amp;xport reply…</source>
        <translation>返信をエクスポート(&amp;X)…</translation>
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
        <source>Tab {0}</source>
        <translation>タブ {0}</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>返信をコピー</translation>
    </message>
    <message>
        <source>Export reply</source>
        <translation>返信をエクスポート</translation>
    </message>
    <message>
        <source>{action} refused: {reason} Nothing left Casewright.</source>
        <translation>{action}を中止しました: {reason} Casewright からは何も出ていません。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Another Casewright saved this {document} first; it is shown now. Your text is kept in {document} history.</source>
        <translation>別の Casewright がこの{document}を先に保存したため、そちらを表示しています。入力した内容は{document}の履歴に残っています。</translation>
    </message>
    <message>
        <source>Go to {0}</source>
        <translation>「{0}」へ移動</translation>
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
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <source>Ready to send: nothing missing</source>
        <translation>送信できます: 不足はありません</translation>
    </message>
    <message>
        <source>{count} required field missing</source>
        <translation>必須項目の未入力 {count} 件</translation>
    </message>
    <message>
        <source>{count} required fields missing</source>
        <translation>必須項目の未入力 {count} 件</translation>
    </message>
    <message>
        <source>{count} to improve</source>
        <translation>要改善 {count} 件</translation>
    </message>
    <message>
        <source>Ready to send, </source>
        <translation>送信できます、</translation>
    </message>
</context>
<context>
    <name>Output_actions</name>
    <message>
        <source>Escalation incomplete</source>
        <translation>エスカレーションが不完全です</translation>
    </message>
    <message>
        <source>These required fields are empty:
{fields}

Product teams send incomplete escalations back. {action} it anyway?</source>
        <translation>次の必須項目が空欄です:
{fields}

不完全なエスカレーションは製品チームから差し戻されます。このまま{action}しますか？</translation>
    </message>
    <message>
        <source>Export escalation</source>
        <translation>エスカレーションをエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not write {path}:</source>
        <translation>{path} に書き込めませんでした:</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <source>Replace the checklist?</source>
        <translation>チェックリストを置き換えますか？</translation>
    </message>
    <message>
        <source>{what} replaces this case&apos;s checklist and its steps.

You can take it back with Undo (Ctrl+Z).</source>
        <translation>{what}で、このケースのチェックリストと手順が置き換わります。

「元に戻す」（Ctrl+Z）で戻せます。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Cannot render: {problem}</source>
        <translation>生成できません: {problem}</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>{passed} passed, {failed} failed, {blocked} blocked</source>
        <translation>成功 {passed} 件、失敗 {failed} 件、ブロック {blocked} 件</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 時間</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 日 {hours} 時間</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 日</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>{span} 超過</translation>
    </message>
    <message>
        <source>due in {span}</source>
        <translation>期限まであと {span}</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>Thread</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>&amp;Paste customer message…</source>
        <translation>お客様のメッセージを貼り付け(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo “reply sent”</source>
        <translation>「返信済み」を取り消す</translation>
    </message>
    <message>
        <source>&amp;Handover note…</source>
        <translation>引き継ぎメモ(&amp;H)…</translation>
    </message>
    <message>
        <source>Status set to open: the customer answered.</source>
        <translation>お客様から返答があったため、ステータスを対応中にしました。</translation>
    </message>
    <message>
        <source>Message added to the thread; {0} fact(s) accepted.</source>
        <translation>メッセージをスレッドに追加しました。採用した情報: {0} 件。</translation>
    </message>
    <message>
        <source>Unknown time zone: {0}</source>
        <translation>不明なタイムゾーンです: {0}</translation>
    </message>
</context>
<context>
    <name>QueueFeature</name>
    <message>
        <source>Recently updated</source>
        <translation>最近更新したもの</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>期限が近い順</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>期限切れのみ</translation>
    </message>
    <message>
        <source>Show only overdue cases</source>
        <translation>期限切れのケースだけを表示</translation>
    </message>
    <message>
        <source>Undo “reply sent”</source>
        <translation>「返信済み」を取り消す</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>期限切れ {0} 件</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>…ほか {0} 件</translation>
    </message>
    <message>
        <source>Follow-up date cleared</source>
        <translation>フォローアップ日をクリアしました</translation>
    </message>
    <message>
        <source>Follow-up set</source>
        <translation>フォローアップを設定しました</translation>
    </message>
    <message>
        <source>The reply is no longer marked as sent</source>
        <translation>返信済みの印を取り消しました</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Casewright could not save</source>
        <translation>Casewright で保存できませんでした</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: {reason}.

Try again, save the text to a file, or quit without it.</source>
        <translation>最新の変更を保存できませんでした: {reason}。

もう一度試すか、ファイルに保存するか、保存せずに終了してください。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>保存せずに終了</translation>
    </message>
    <message>
        <source>Keep Casewright open</source>
        <translation>Casewright を開いたままにする</translation>
    </message>
    <message>
        <source>Not saved: Casewright stays open</source>
        <translation>保存できませんでした。Casewright は開いたままにします</translation>
    </message>
    <message>
        <source>Save the unsaved text</source>
        <translation>未保存の内容を保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} に書き込めませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Rendering</name>
    <message>
        <source>There is no escalation template {name}.</source>
        <translation>エスカレーション用テンプレート {name} はありません。</translation>
    </message>
    <message>
        <source>{title} cannot be rendered.</source>
        <translation>「{title}」を生成できません。</translation>
    </message>
    <message>
        <source>Rendered with {name}</source>
        <translation>{name} で生成</translation>
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
    <name>Reproduction</name>
    <message>
        <source>Reproduction</source>
        <translation>再現</translation>
    </message>
</context>
<context>
    <name>ReproductionPane</name>
    <message>
        <source>Replace checklist</source>
        <translation>チェックリストを置き換え</translation>
    </message>
    <message>
        <source>A new blank checklist</source>
        <translation>新しい空のチェックリスト</translation>
    </message>
    <message>
        <source>New blank checklist; Ctrl+Z brings the old one back</source>
        <translation>空のチェックリストにしました。Ctrl+Z で前のチェックリストに戻せます</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>The impact is higher than the customer&apos;s level</source>
        <translation>実際の影響はお客様の指定より大きい</translation>
    </message>
    <message>
        <source>The customer&apos;s level is higher than the impact we know of</source>
        <translation>お客様の指定は把握している影響より高い</translation>
    </message>
    <message>
        <source>The customer&apos;s level matches the impact</source>
        <translation>お客様の指定は影響に見合っている</translation>
    </message>
    <message>
        <source>Customer selected</source>
        <translation>お客様の指定</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>“{selected}” is not a {definitions} level</source>
        <translation>「{selected}」は {definitions} のレベルではありません</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Answer the questions above to get one.</source>
        <translation>上の質問に答えると表示されます。</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>overrides bundled</source>
        <translation>同梱を上書き</translation>
    </message>
</context>
<context>
    <name>SaveTargetDialog</name>
    <message>
        <source>Save template to…</source>
        <translation>テンプレートの保存先…</translation>
    </message>
    <message>
        <source>Personal (only you)</source>
        <translation>個人用（自分のみ）</translation>
    </message>
    <message>
        <source>Team: {name}</source>
        <translation>チーム: {name}</translation>
    </message>
    <message>
        <source>reply/en/my-template.md.j2</source>
        <translation>reply/ja/my-template.md.j2</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source> (replaces the file there)</source>
        <translation>（既存のファイルを置き換えます）</translation>
    </message>
    <message>
        <source>Saves to {path}</source>
        <translation>保存先: {path}</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>Checking the text before it leaves Casewright…</source>
        <translation>Casewright から出す前に内容を確認しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The check failed ({error}); nothing was sent.</source>
        <translation>確認に失敗しました（{error}）。何も送信していません。</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was sent.</source>
        <translation>確認をキャンセルしました。何も送信していません。</translation>
    </message>
</context>
<context>
    <name>SendGate</name>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web ページ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Not used: {problem}</source>
        <translation>使用していません: {problem}</translation>
    </message>
    <message>
        <source>Type the missing value, then try again.</source>
        <translation>不足している値を入力してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Copy escalation</source>
        <translation>エスカレーションをコピー</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Nothing was written: {error}</source>
        <translation>何も書き込んでいません: {error}</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>返信をコピー</translation>
    </message>
    <message>
        <source>Reply copied to the clipboard (plain text and formatted)</source>
        <translation>返信をクリップボードにコピーしました（プレーンテキストと書式付き）</translation>
    </message>
    <message>
        <source>Export reply</source>
        <translation>返信をエクスポート</translation>
    </message>
    <message>
        <source>Reply exported to {path}</source>
        <translation>返信を {path} にエクスポートしました</translation>
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
        <translation>追加の機密情報ルール</translation>
    </message>
    <message>
        <source>Rule files in gitleaks&apos; format, such as your security team&apos;s .gitleaks.toml, one path a line; a team folder&apos;s gate/rules.toml is read as well.</source>
        <translation>gitleaks 形式のルールファイル（セキュリティチームの .gitleaks.toml など）を 1 行に 1 パスずつ。チームフォルダーの gate/rules.toml も読み込みます。</translation>
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
    <name>Severity</name>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Assess the real impact</source>
        <translation>実際の影響を評価</translation>
    </message>
    <message>
        <source>&amp;Severity assessment history…</source>
        <translation>重要度評価の履歴(&amp;S)…</translation>
    </message>
    <message>
        <source>Working normally</source>
        <translation>正常に動作している</translation>
    </message>
    <message>
        <source>Degraded or impaired</source>
        <translation>低下または障害あり</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>working</source>
        <translation>正常に動作しています</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>低下しています</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ダウンしています</translation>
    </message>
</context>
<context>
    <name>SeverityPane</name>
    <message>
        <source>Assess with these answers</source>
        <translation>この回答で評価</translation>
    </message>
    <message>
        <source>Record the answers as they are (nothing is impaired).</source>
        <translation>回答をこのまま記録します（影響なし）。</translation>
    </message>
    <message>
        <source>How bad is it really? Answer from what the customer told you.</source>
        <translation>実際はどの程度深刻ですか？お客様から聞いた内容をもとに答えてください。</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>サポートプラン</translation>
    </message>
    <message>
        <source>The stored assessment could not be read ({error}); answer again.</source>
        <translation>保存済みの評価を読み込めませんでした（{error}）。もう一度回答してください。</translation>
    </message>
    <message>
        <source>This case was assessed with the “{definitions}” definitions, which are not available; showing the default ones.</source>
        <translation>このケースは「{definitions}」の定義で評価されていますが、その定義は使えません。既定の定義を表示しています。</translation>
    </message>
    <message>
        <source>Severity definitions not loaded: {error}</source>
        <translation>重要度の定義を読み込めませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Type to find an action or a key</source>
        <translation>操作名またはキーを入力して検索</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>{host} のプロセス {pid}</translation>
    </message>
    <message>
        <source>a process</source>
        <translation>あるプロセス</translation>
    </message>
    <message>
        <source>Another Casewright ({holder}) is using this data folder but did not answer. Close it, or end that process if it is stuck, then start Casewright again.</source>
        <translation>別の Casewright（{holder}）がこのデータフォルダーを使用中ですが、応答がありません。閉じるか、応答しない場合はそのプロセスを終了してから、Casewright をもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>This case has no severity assessment yet.</source>
        <translation>このケースはまだ重要度を評価していません。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Case panes</source>
        <translation>ケースのペイン</translation>
    </message>
    <message>
        <source>Escalation note and preview</source>
        <translation>エスカレーションとプレビュー</translation>
    </message>
    <message>
        <source>Escalation note</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>手順のステータス</translation>
    </message>
    <message>
        <source>Reproduction steps</source>
        <translation>再現手順</translation>
    </message>
    <message>
        <source>Writing issues</source>
        <translation>文章の問題</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>お客様のメッセージ</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>テンプレートライブラリ</translation>
    </message>
    <message>
        <source>Severity assessment</source>
        <translation>重要度の評価</translation>
    </message>
    <message>
        <source>{error}. Default settings are used; your file was not changed.</source>
        <translation>{error}。既定の設定を使います。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder. Move it away or choose another folder with --data-dir.</source>
        <translation>データフォルダー {folder} はフォルダーではなくファイルです。移動するか、--data-dir で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Casewright cannot use the data folder {folder}: {reason}.</source>
        <translation>Casewright はデータフォルダー {folder} を使えません: {reason}。</translation>
    </message>
    <message>
        <source>Casewright is waiting for the case store</source>
        <translation>Casewright はケースのデータベースを待っています</translation>
    </message>
    <message>
        <source>Casewright is already running</source>
        <translation>Casewright はすでに起動しています</translation>
    </message>
    <message>
        <source>Casewright cannot open your cases</source>
        <translation>Casewright でケースを開けません</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What to do: a command, a console click path, a request</source>
        <translation>行うこと: コマンド、コンソールでの操作手順、リクエストなど</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待される結果</translation>
    </message>
    <message>
        <source>What should happen if all is well</source>
        <translation>正常であれば起きること</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実際の結果</translation>
    </message>
    <message>
        <source>What happened when you ran it</source>
        <translation>実行したときに起きたこと</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Request IDs, log lines, timestamps (UTC)</source>
        <translation>リクエスト ID、ログ、タイムスタンプ（UTC）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>No step selected — add one with Insert or “Add step”</source>
        <translation>手順が選ばれていません — Insert キーか「手順を追加」で追加します</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>手順 {number}/{count}</translation>
    </message>
    <message>
        <source>Set step status</source>
        <translation>手順のステータスを設定</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Set step status</source>
        <translation>手順のステータスを設定</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>手順を編集</translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <source>template use</source>
        <translation>テンプレートの使用履歴</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>Start from a checklist template</source>
        <translation>チェックリストのテンプレートから始める</translation>
    </message>
    <message>
        <source>Search checklists: service, symptom, error…</source>
        <translation>チェックリストを検索: サービス、症状、エラー…</translation>
    </message>
    <message>
        <source>These template files could not be loaded:
</source>
        <translation>次のテンプレートファイルを読み込めませんでした:
</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>このテンプレートを使う</translation>
    </message>
    <message>
        <source>**What to record**

</source>
        <translation>**記録すること**

</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Preview with sample values</source>
        <translation>サンプル値でプレビュー</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;to…</source>
        <translation>保存先を指定(&amp;T)…</translation>
    </message>
    <message>
        <source>&lt;new template&gt;</source>
        <translation>&lt;新しいテンプレート&gt;</translation>
    </message>
    <message>
        <source>Line {line}: {severity}: {message}</source>
        <translation>{line} 行目: {severity}: {message}</translation>
    </message>
    <message>
        <source>Problems: {errors} error(s), {warnings} warning(s)</source>
        <translation>問題: エラー {errors} 件、警告 {warnings} 件</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>問題: なし</translation>
    </message>
    <message>
        <source>Line {line}, column {column}</source>
        <translation>{line} 行、{column} 列</translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation>（未保存の変更あり）</translation>
    </message>
    <message>
        <source>New template, not saved yet. “Save to…” picks your personal folder or a team folder.</source>
        <translation>新しいテンプレートです（未保存）。「保存先を指定…」で個人用またはチームのフォルダーを選べます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundled template {id}.&lt;/b&gt; Saving makes a personal copy at {path} that overrides the bundled one.</source>
        <translation>&lt;b&gt;同梱テンプレート {id}。&lt;/b&gt;保存すると {path} に個人用のコピーを作成し、同梱のものを上書きします。</translation>
    </message>
    <message>
        <source> — your personal copy; it overrides the bundled template.</source>
        <translation> — 個人用のコピーです。同梱テンプレートを上書きします。</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <source>Template editor — {title}</source>
        <translation>テンプレートエディター — {title}</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>テンプレートを保存できませんでした</translation>
    </message>
    <message>
        <source>Could not save the template: {error}</source>
        <translation>テンプレートを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source> It overrides the bundled template.</source>
        <translation>同梱テンプレートを上書きします。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} を保存しました。</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>未保存のテンプレート</translation>
    </message>
    <message>
        <source>Save your changes to this template?</source>
        <translation>このテンプレートの変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>TemplateFillDialog</name>
    <message>
        <source>Insert a template</source>
        <translation>テンプレートを挿入</translation>
    </message>
    <message>
        <source>Preview (yellow: still to fill in)</source>
        <translation>プレビュー（黄色: 未入力）</translation>
    </message>
    <message>
        <source>&amp;Insert at cursor</source>
        <translation>カーソル位置に挿入(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+Enter. Ctrl+Z in the reply takes it back.</source>
        <translation>Ctrl+Enter。返信で Ctrl+Z を押すと取り消せます。</translation>
    </message>
    <message>
        <source>&amp;Replace draft</source>
        <translation>下書きを置き換え(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the whole reply. Ctrl+Z in the reply takes it back.</source>
        <translation>返信全体を置き換えます。返信で Ctrl+Z を押すと取り消せます。</translation>
    </message>
    <message>
        <source>Replaced the draft with “{title}”; Ctrl+Z undoes it</source>
        <translation>下書きを「{title}」に置き換えました。Ctrl+Z で取り消せます</translation>
    </message>
    <message>
        <source>Inserted “{title}”; Ctrl+Z undoes it</source>
        <translation>「{title}」を挿入しました。Ctrl+Z で取り消せます</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Search templates: title, tag, language or text</source>
        <translation>テンプレートを検索: タイトル、タグ、言語、本文</translation>
    </message>
    <message>
        <source>↑↓ move · Enter choose · Ctrl+D star</source>
        <translation>↑↓ 移動 · Enter 選択 · Ctrl+D お気に入り</translation>
    </message>
    <message>
        <source>Templates: {count}</source>
        <translation>テンプレート: {count} 件</translation>
    </message>
</context>
<context>
    <name>Template_chooser</name>
    <message>
        <source>Bundled</source>
        <translation>同梱</translation>
    </message>
</context>
<context>
    <name>TemplatesFeature</name>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Template use not saved: {reason}</source>
        <translation>テンプレートの使用履歴を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Insert template…</source>
        <translation>テンプレートを挿入(&amp;I)…</translation>
    </message>
    <message>
        <source>Show template &amp;library</source>
        <translation>テンプレートライブラリを表示(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reload templates</source>
        <translation>テンプレートを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>新しいテンプレート(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation>テンプレートを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Templates… (Ctrl+K)</source>
        <translation>テンプレート…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Find a template, fill it in and insert it at the cursor</source>
        <translation>テンプレートを探して入力し、カーソル位置に挿入します</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>テンプレートを編集</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Case → Paste customer message (Ctrl+Shift+V) adds one here.</source>
        <translation>「ケース → お客様のメッセージを貼り付け」（Ctrl+Shift+V）でここに追加されます。</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>返信済み</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>ステータス: {0}</translation>
    </message>
    <message>
        <source>Follow-up set for {0}</source>
        <translation>{0} にフォローアップを設定しました</translation>
    </message>
    <message>
        <source>Follow-up date cleared</source>
        <translation>フォローアップ日をクリアしました</translation>
    </message>
    <message>
        <source>No customer messages yet.</source>
        <translation>お客様からのメッセージはまだありません。</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Start from template…</source>
        <translation>テンプレートから始める…</translation>
    </message>
    <message>
        <source>New blank</source>
        <translation>空のチェックリスト</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown でコピー</translation>
    </message>
    <message>
        <source>Export YAML…</source>
        <translation>YAML をエクスポート…</translation>
    </message>
    <message>
        <source>Import YAML…</source>
        <translation>YAML をインポート…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Undo {action} (Ctrl+Z)</source>
        <translation>元に戻す: {action}（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo {action} (Ctrl+Shift+Z)</source>
        <translation>やり直し: {action}（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Undo the last checklist change (Ctrl+Z)</source>
        <translation>チェックリストの直前の変更を元に戻します（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>やり直し（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>手順を追加</translation>
    </message>
    <message>
        <source>Add a step below the selected one</source>
        <translation>選んだ手順の下に手順を追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>選んだ手順を削除します</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>選んだ手順を上に移動します</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>選んだ手順を下に移動します</translation>
    </message>
    <message>
        <source>Export or import the checklist as YAML, to hand it to another engineer</source>
        <translation>チェックリストを YAML でエクスポート/インポートして、ほかのエンジニアに渡せます</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Casewright user guide</source>
        <translation>Casewright ユーザーガイド</translation>
    </message>
    <message>
        <source>The user guide is missing: {0}</source>
        <translation>ユーザーガイドが見つかりません: {0}</translation>
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
    <message>
        <source>Possible spelling mistake: “{word}”.</source>
        <translation>スペルミスの可能性があります：「{word}」。</translation>
    </message>
</context>
<context>
    <name>WritingPane</name>
    <message>
        <source>Grammar settings…</source>
        <translation>文法チェックの設定…</translation>
    </message>
    <message>
        <source>Readability is measured for English replies.</source>
        <translation>読みやすさは英語の返信についてのみ測定します。</translation>
    </message>
</context>
<context>
    <name>Writing_pane</name>
    <message>
        <source>No issues found in the reply.</source>
        <translation>返信に問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>_LevelCard</name>
    <message>
        <source>first response {time} ({plan})</source>
        <translation>初回応答 {time}（{plan}）</translation>
    </message>
    <message>
        <source>not offered on {plan}</source>
        <translation>{plan} では提供なし</translation>
    </message>
</context>
</TS>
