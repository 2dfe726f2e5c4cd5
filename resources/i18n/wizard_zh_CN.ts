<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>No AWS account is connected.</source>
        <translation>未连接 AWS 账户。</translation>
    </message>
    <message>
        <source>Use Account &gt; Connect... first.</source>
        <translation>请先使用“账户 &gt; 连接...”。</translation>
    </message>
    <message>
        <source>AWS: not connected</source>
        <translation>AWS：未连接</translation>
    </message>
    <message>
        <source>AWS: {profile} in {region}</source>
        <translation>AWS：{profile}（{region}）</translation>
    </message>
    <message>
        <source>via {url}</source>
        <translation>通过 {url}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>larger than {0} bytes</source>
        <translation>大于 {0} 字节</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>之前的会话</translation>
    </message>
    <message>
        <source>a new task definition</source>
        <translation>新任务定义</translation>
    </message>
    <message>
        <source>The wizard did not close properly last time. Recover the changes to {0} autosaved at {1}?</source>
        <translation>向导上次未正常关闭。是否恢复对 {0} 的更改（自动保存于 {1}）？</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <source>no free autosave slot in {0}</source>
        <translation>{0} 中没有空闲的自动保存槽位</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <source>it was moved aside as {0}</source>
        <translation>已将其移到一旁，另存为 {0}</translation>
    </message>
    <message>
        <source>it could not be moved aside either ({0})</source>
        <translation>也无法将其移到一旁（{0}）</translation>
    </message>
    <message>
        <source>Autosave could not be read</source>
        <translation>无法读取自动保存</translation>
    </message>
    <message>
        <source>The autosaved draft {0} could not be read ({1}); {2}. Your current draft is unchanged.</source>
        <translation>无法读取自动保存的草稿 {0}（{1}）；{2}。当前草稿未更改。</translation>
    </message>
    <message>
        <source>Recover autosaved changes</source>
        <translation>恢复自动保存的更改</translation>
    </message>
    <message>
        <source>Recovered the autosaved changes; save them to keep them</source>
        <translation>已恢复自动保存的更改；请保存以保留这些更改</translation>
    </message>
</context>
<context>
    <name>AwsErrorDialog</name>
    <message>
        <source>Action: {0}</source>
        <translation>操作：{0}</translation>
    </message>
    <message>
        <source>Error code: {0}</source>
        <translation>错误代码：{0}</translation>
    </message>
    <message>
        <source>Field: {0}</source>
        <translation>字段：{0}</translation>
    </message>
    <message>
        <source>JSON Pointer: {0}</source>
        <translation>JSON 指针：{0}</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>转到字段</translation>
    </message>
</context>
<context>
    <name>AwsPickers</name>
    <message>
        <source>Create the task execution role?</source>
        <translation>创建任务执行角色？</translation>
    </message>
    <message>
        <source>This creates the IAM role {name} in the connected account, trusted by {principal}, with the AWS managed policy AmazonECSTaskExecutionRolePolicy attached (pull from Amazon ECR, write to CloudWatch Logs). An existing role of that name is used as it is, unchanged.</source>
        <translation>这会在已连接的账户中创建 IAM 角色 {name}，由 {principal} 信任，并附加 AWS 托管策略 AmazonECSTaskExecutionRolePolicy（从 Amazon ECR 拉取映像、写入 CloudWatch Logs）。如已存在同名角色，则按原样使用，不做更改。</translation>
    </message>
    <message>
        <source>Trust policy:
{trust}

Managed policy: {policy}</source>
        <translation>信任策略：
{trust}

托管策略：{policy}</translation>
    </message>
    <message>
        <source>Create {0}</source>
        <translation>创建 {0}</translation>
    </message>
    <message>
        <source>Task execution role</source>
        <translation>任务执行角色</translation>
    </message>
    <message>
        <source>Task role</source>
        <translation>任务角色</translation>
    </message>
    <message>
        <source>Roles that ECS tasks may assume (their trust policy names {0}).</source>
        <translation>ECS 任务可以代入的角色（其信任策略指定了 {0}）。</translation>
    </message>
    <message>
        <source>Amazon ECR image</source>
        <translation>Amazon ECR 映像</translation>
    </message>
    <message>
        <source>Choose a repository, then a tag (most recently pushed first).</source>
        <translation>先选择存储库，再选择标签（最近推送的排在最前）。</translation>
    </message>
    <message>
        <source>Secret or parameter</source>
        <translation>密钥或参数</translation>
    </message>
    <message>
        <source>The value is read by ECS at task start with the task execution role; only names and ARNs are listed here, never values.</source>
        <translation>ECS 在任务启动时使用任务执行角色读取该值；此处仅列出名称和 ARN，从不显示值。</translation>
    </message>
</context>
<context>
    <name>AwsUi</name>
    <message>
        <source>AWS connection</source>
        <translation>AWS 连接</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>再次连接</translation>
    </message>
    <message>
        <source>Connect with the profile and region used last time</source>
        <translation>使用上次的配置文件和区域连接</translation>
    </message>
    <message>
        <source>&amp;Connect...</source>
        <translation>连接(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open from account...</source>
        <translation>从账户打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Connect as {0} ({1}) via {2}</source>
        <translation>以 {0}（{1}）通过 {2} 连接</translation>
    </message>
    <message>
        <source>Connect as {0} ({1})</source>
        <translation>以 {0}（{1}）连接</translation>
    </message>
    <message>
        <source>AWS: connecting as {0} in {1}...</source>
        <translation>AWS：正在以 {0}（{1}）连接...</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Account &gt; Connect... lets you choose another profile or region.</source>
        <translation>可在“账户 &gt; 连接...”中选择其他配置文件或区域。</translation>
    </message>
    <message>
        <source>Open {0} from the account</source>
        <translation>从账户打开 {0}</translation>
    </message>
    <message>
        <source>{0} (from the account) – {1}</source>
        <translation>{0}（来自账户）– {1}</translation>
    </message>
    <message>
        <source>Opened revision {0}. Changes you register become the family&apos;s next revision.</source>
        <translation>已打开修订 {0}。您注册的更改将成为该系列的下一个修订。</translation>
    </message>
    <message>
        <source>Opened from the account</source>
        <translation>已从账户打开</translation>
    </message>
</context>
<context>
    <name>BasicsSection</name>
    <message>
        <source>Container details</source>
        <translation>容器详细信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unique within the task definition: up to 255 letters, digits, hyphens and underscores. Other containers refer to it (dependencies, volumes from).</source>
        <translation>在任务定义中唯一：最多 255 个字母、数字、连字符和下划线。其他容器会引用此名称（依赖、volumesFrom）。</translation>
    </message>
    <message>
        <source>e.g. web</source>
        <translation>例如 web</translation>
    </message>
    <message>
        <source>Image URI</source>
        <translation>映像 URI</translation>
    </message>
    <message>
        <source>The image the container starts from, with a tag or digest.</source>
        <translation>容器启动所用的映像，带标签或摘要。</translation>
    </message>
    <message>
        <source>e.g. nginx:1.27</source>
        <translation>例如 nginx:1.27</translation>
    </message>
    <message>
        <source>Docker Hub: nginx:1.27 or myorg/app:2.1 · Amazon ECR: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:2.1 · ECR Public: public.ecr.aws/nginx/nginx:1.27. Pin a version tag or an @sha256: digest so every task runs the same image.</source>
        <translation>Docker Hub：nginx:1.27 或 myorg/app:2.1 · Amazon ECR：123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:2.1 · ECR Public：public.ecr.aws/nginx/nginx:1.27。请固定版本标签或 @sha256: 摘要，使每个任务都运行相同的映像。</translation>
    </message>
    <message>
        <source>Essential container</source>
        <translation>基本容器</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>If an essential container stops, the whole task stops. Every task needs at least one essential container; sidecars that may finish are not essential.</source>
        <translation>基本容器停止时，整个任务都会停止。每个任务至少需要一个基本容器；可能会结束运行的边车容器不应设为基本容器。</translation>
    </message>
    <message>
        <source>Private registry authentication</source>
        <translation>私有注册表身份验证</translation>
    </message>
    <message>
        <source>Private registry</source>
        <translation>私有注册表</translation>
    </message>
    <message>
        <source>For images in a private registry other than Amazon ECR: ECS signs in with credentials kept in AWS Secrets Manager (the task execution role reads them).</source>
        <translation>适用于 Amazon ECR 以外的私有注册表中的映像：ECS 使用保存在 AWS Secrets Manager 中的凭证登录（由任务执行角色读取）。</translation>
    </message>
    <message>
        <source>Secrets Manager ARN or name</source>
        <translation>Secrets Manager ARN 或名称</translation>
    </message>
    <message>
        <source>The secret holding the registry&apos;s username and password.</source>
        <translation>存放注册表用户名和密码的密钥。</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>{0}: in progress</source>
        <translation>{0}：进行中</translation>
    </message>
    <message>
        <source>{0}: status</source>
        <translation>{0}：状态</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{0}: cancel</source>
        <translation>{0}：取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>{0}: try again</source>
        <translation>{0}：重试</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Checks against the account</source>
        <translation>针对账户的检查</translation>
    </message>
    <message>
        <source>Enter or double-click a check to go to its field.</source>
        <translation>按 Enter 或双击某项检查可跳转到其字段。</translation>
    </message>
    <message>
        <source>The selected check and how to fix it</source>
        <translation>所选检查及其修复方法</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Secrets and parameters</source>
        <translation>密钥和参数</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Account and region</source>
        <translation>账户和区域</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>{0} passed, {1} failed, {2} skipped</source>
        <translation>{0} 项通过，{1} 项失败，{2} 项跳过</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare {0} with {1}</source>
        <translation>比较 {0} 与 {1}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Differences, per container and section</source>
        <translation>差异（按容器和部分）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>{0} difference; its section is open, the rest folded.</source>
        <translation>{0} 处差异；有变化的部分已展开，其余已折叠。</translation>
    </message>
    <message>
        <source>{0} differences; changed sections are open, the rest folded.</source>
        <translation>{0} 处差异；有变化的部分已展开，其余已折叠。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Container {0}</source>
        <translation>容器 {0}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
</context>
<context>
    <name>ComposeActions</name>
    <message>
        <source>Import docker-compose file</source>
        <translation>导入 docker-compose 文件</translation>
    </message>
    <message>
        <source>Compose files (*.yml *.yaml);;All files (*)</source>
        <translation>Compose 文件 (*.yml *.yaml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>Imported {0} container from {1}</source>
        <translation>已从 {1} 导入 {0} 个容器</translation>
    </message>
    <message>
        <source>Imported {0} containers from {1}</source>
        <translation>已从 {1} 导入 {0} 个容器</translation>
    </message>
    <message>
        <source>Imported {0} container from {1} with network mode {2}. These parts of the file were not mapped, or need a look:</source>
        <translation>已从 {1} 导入 {0} 个容器，网络模式为 {2}。文件的以下部分未映射，或需要检查：</translation>
    </message>
    <message>
        <source>Imported {0} containers from {1} with network mode {2}. These parts of the file were not mapped, or need a look:</source>
        <translation>已从 {1} 导入 {0} 个容器，网络模式为 {2}。文件的以下部分未映射，或需要检查：</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>无法导入文件</translation>
    </message>
    <message>
        <source>The file was not imported; your current draft is unchanged.</source>
        <translation>文件未导入；当前草稿未更改。</translation>
    </message>
</context>
<context>
    <name>ComposeOptionsDialog</name>
    <message>
        <source>awsvpc (Fargate): the containers share one network interface</source>
        <extracomment>Each mode: its button&apos;s text and what the user will see in the report.</extracomment>
        <translation>awsvpc（Fargate）：容器共用一个网络接口</translation>
    </message>
    <message>
        <source>The report lists each address such as http://api:5000 between services, rewritten to localhost.</source>
        <translation>报告会列出服务之间的每个地址（如 http://api:5000），并已改写为 localhost。</translation>
    </message>
    <message>
        <source>bridge (EC2): each container has its own network</source>
        <translation>bridge（EC2）：每个容器有自己的网络</translation>
    </message>
    <message>
        <source>Each service&apos;s links become its container&apos;s links. Addresses such as http://api:5000 between services are kept as they are; the report lists those no link covers: add links to make them work.</source>
        <translation>每个服务的 links 会成为其容器的 links。服务之间的地址（例如 http://api:5000）保持原样；报告会列出没有 link 覆盖的地址：请添加 links 使其生效。</translation>
    </message>
    <message>
        <source>Import docker-compose file</source>
        <translation>导入 docker-compose 文件</translation>
    </message>
    <message>
        <source>Import the services of {0} as the containers of one task.</source>
        <translation>将 {0} 中的服务导入为一个任务的容器。</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>网络模式</translation>
    </message>
    <message>
        <source>What the report will say</source>
        <translation>报告将会说明的内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ComposeReportDialog</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>docker-compose import report</source>
        <translation>docker-compose 导入报告</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Compose key</source>
        <translation>Compose 键</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why, for the selected row</source>
        <translation>所选行的原因</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to an AWS account</source>
        <translation>连接到 AWS 账户</translation>
    </message>
    <message>
        <source>Profiles come from your AWS config and credentials files (as for the AWS CLI). Credentials stay with botocore: this program never stores or shows them.</source>
        <translation>配置文件来自您的 AWS config 和 credentials 文件（与 AWS CLI 相同）。凭证只由 botocore 处理：本程序从不存储或显示凭证。</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566 for LocalStack</source>
        <translation>可选，例如用于 LocalStack 的 http://127.0.0.1:4566</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL</source>
        <translation>端点 URL(&amp;E)</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect to the account</source>
        <translation>连接到账户</translation>
    </message>
    <message>
        <source>Default chain (AWS_PROFILE, environment variables, default profile)</source>
        <translation>默认链（AWS_PROFILE、环境变量、默认配置文件）</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>例如 eu-west-1</translation>
    </message>
    <message>
        <source>IAM Identity Center / SSO</source>
        <translation>IAM Identity Center / SSO</translation>
    </message>
    <message>
        <source>access keys</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <source>assumes a role</source>
        <translation>代入角色</translation>
    </message>
    <message>
        <source>credential process</source>
        <translation>凭证进程</translation>
    </message>
    <message>
        <source>console login</source>
        <translation>控制台登录</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Checking {0} in {1}...</source>
        <translation>正在检查 {0}（{1}）...</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>Cancelled; not connected.</source>
        <translation>已取消；未连接。</translation>
    </message>
</context>
<context>
    <name>ContainerEditor</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Container {0} of {1}: {2}</source>
        <translation>容器 {0}/{1}：{2}</translation>
    </message>
</context>
<context>
    <name>ContainerList</name>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Select a container to edit it on the right.</source>
        <translation>选择一个容器，在右侧编辑它。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add an empty container</source>
        <translation>添加一个空容器</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected container</source>
        <translation>复制所选容器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected container</source>
        <translation>删除所选容器</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected container up</source>
        <translation>上移所选容器</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected container down</source>
        <translation>下移所选容器</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>(no image)</source>
        <translation>（无映像）</translation>
    </message>
    <message>
        <source>{0}  · essential</source>
        <translation>{0}  · 基本</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>This task definition has no containers yet. Press Add to create one.</source>
        <translation>此任务定义还没有容器。请单击“添加”创建一个。</translation>
    </message>
    <message>
        <source>Define the containers of the task. Each needs a name and an image; at least one must be essential. Select a container to edit it; problems are marked at the field and in the list.</source>
        <translation>定义任务的容器。每个容器都需要名称和映像；至少一个容器必须是基本容器。选择一个容器进行编辑；问题会在字段旁和列表中标出。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>{} ran into a problem</source>
        <translation>{} 遇到了问题</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect.</source>
        <translation>发生了程序未预料到的错误。</translation>
    </message>
    <message>
        <source>Your draft was saved to {} (open it with File, Open).</source>
        <translation>您的草稿已保存到 {}（可通过“文件 &gt; 打开”打开）。</translation>
    </message>
    <message>
        <source>This report was saved to {}.</source>
        <translation>此报告已保存到 {}。</translation>
    </message>
    <message>
        <source>Please include the report when you tell us about the problem. It holds versions and the error only: no credentials, no environment values.</source>
        <translation>向我们报告此问题时，请附上这份报告。报告只包含版本信息和错误：不含凭证，也不含环境变量的值。</translation>
    </message>
    <message>
        <source>You can continue, but save your work soon.</source>
        <translation>您可以继续，但请尽快保存您的工作。</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>The last session stopped on a crash inside Qt; its report is in %1</source>
        <translation>上次会话因 Qt 内部崩溃而终止；其报告位于 %1</translation>
    </message>
</context>
<context>
    <name>DependenciesSection</name>
    <message>
        <source>Startup dependency ordering</source>
        <translation>启动依赖顺序</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>The container that must reach the condition first.</source>
        <translation>必须先达到该条件的容器。</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Startup dependencies</source>
        <translation>启动依赖</translation>
    </message>
    <message>
        <source>Add dependency</source>
        <translation>添加依赖</translation>
    </message>
    <message>
        <source>This container starts only after each listed container has: START (started), COMPLETE (exited), SUCCESS (exited with code 0) or HEALTHY (passed its health check, which it must define). COMPLETE and SUCCESS cannot wait for an essential container.</source>
        <translation>只有当列出的每个容器都已达到以下状态后，此容器才会启动：START（已启动）、COMPLETE（已退出）、SUCCESS（以代码 0 退出）或 HEALTHY（通过了运行状况检查，该容器必须定义运行状况检查）。COMPLETE 和 SUCCESS 不能用于等待基本容器。</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Register a new revision</source>
        <translation>注册新修订</translation>
    </message>
    <message>
        <source>What registering changes</source>
        <translation>注册会更改的内容</translation>
    </message>
    <message>
        <source>Changes from the latest revision</source>
        <translation>相对于最新修订的更改</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>DockerSection</name>
    <message>
        <source>Docker configuration</source>
        <translation>Docker 配置</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>入口点</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s ENTRYPOINT.</source>
        <translation>替换映像的 ENTRYPOINT。</translation>
    </message>
    <message>
        <source>One argument per line. Empty keeps the image&apos;s entry point.</source>
        <translation>每行一个参数。留空则保留映像的入口点。</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Replaces the image&apos;s CMD (the arguments passed to the entry point).</source>
        <translation>替换映像的 CMD（传递给入口点的参数）。</translation>
    </message>
    <message>
        <source>One argument per line. Empty keeps the image&apos;s command.</source>
        <translation>每行一个参数。留空则保留映像的命令。</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>The directory the command runs in (replaces the image&apos;s WORKDIR).</source>
        <translation>命令的运行目录（替换映像的 WORKDIR）。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Run as this user instead of the image&apos;s USER: user, user:group, uid, uid:gid, user:gid or uid:group. Not for Windows containers.</source>
        <translation>以此用户而不是映像的 USER 运行：user、user:group、uid、uid:gid、user:gid 或 uid:group。不适用于 Windows 容器。</translation>
    </message>
</context>
<context>
    <name>DraftController</name>
    <message>
        <source>Replace the draft</source>
        <translation>替换草稿</translation>
    </message>
    <message>
        <source>Change the launch types to check</source>
        <translation>更改要检查的启动类型</translation>
    </message>
    <message>
        <source>Add a container</source>
        <translation>添加容器</translation>
    </message>
    <message>
        <source>Duplicate a container</source>
        <translation>复制容器</translation>
    </message>
    <message>
        <source>Remove a container</source>
        <translation>删除容器</translation>
    </message>
    <message>
        <source>Move a container</source>
        <translation>移动容器</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>Select a cell and type, or double-click it, to edit; the buttons below the table add and remove rows.</source>
        <translation>选择单元格后直接输入或双击单元格即可编辑；表格下方的按钮用于添加和删除行。</translation>
    </message>
</context>
<context>
    <name>EnvironmentSection</name>
    <message>
        <source>Environment variables and secrets</source>
        <translation>环境变量和密钥</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>The variable&apos;s name.</source>
        <translation>变量的名称。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Plain text, visible to anyone who can describe the task definition.</source>
        <translation>明文，任何有权描述该任务定义的人都能看到。</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>S3 object ARN</source>
        <translation>S3 对象 ARN</translation>
    </message>
    <message>
        <source>e.g. arn:aws:s3:::my-bucket/app/prod.env</source>
        <translation>例如 arn:aws:s3:::my-bucket/app/prod.env</translation>
    </message>
    <message>
        <source>Environment files</source>
        <translation>环境文件</translation>
    </message>
    <message>
        <source>Add environment file</source>
        <translation>添加环境文件</translation>
    </message>
    <message>
        <source>Up to 10 .env files in Amazon S3, one VARIABLE=value per line; variables set above take precedence. The task execution role needs read access.</source>
        <translation>最多 10 个存放在 Amazon S3 中的 .env 文件，每行一个 VARIABLE=value；上面设置的变量优先。任务执行角色需要读取权限。</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>The name the value appears under in the container.</source>
        <translation>该值在容器中使用的名称。</translation>
    </message>
    <message>
        <source>Secrets Manager or SSM parameter ARN</source>
        <translation>Secrets Manager 或 SSM 参数 ARN</translation>
    </message>
    <message>
        <source>A Secrets Manager secret ARN (optionally ending :json-key::) or an SSM Parameter Store ARN; a parameter name works in the same Region.</source>
        <translation>Secrets Manager 密钥 ARN（可以以 :json-key:: 结尾）或 SSM Parameter Store ARN；在同一区域中也可以使用参数名称。</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>Injected as environment variables when the container starts; the task execution role needs permission to read them.</source>
        <translation>在容器启动时作为环境变量注入；任务执行角色需要读取它们的权限。</translation>
    </message>
    <message>
        <source>Variables that look like secrets</source>
        <translation>看起来像密钥的变量</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>{0} looks like a secret stored in plain text.</source>
        <translation>{0} 看起来像以明文保存的密钥。</translation>
    </message>
    <message>
        <source>{0} variables look like secrets stored in plain text: {1}.</source>
        <translation>{0} 个变量看起来像以明文保存的密钥：{1}。</translation>
    </message>
    <message>
        <source>Move {0} to secrets...</source>
        <translation>将 {0} 移至密钥...</translation>
    </message>
    <message>
        <source>Replace the variable with a secret read from SSM Parameter Store or Secrets Manager (one step, undoable).</source>
        <translation>将该变量替换为从 SSM Parameter Store 或 Secrets Manager 读取的密钥（一步完成，可撤销）。</translation>
    </message>
    <message>
        <source>Move to secrets...</source>
        <translation>移至密钥...</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Copied the register-input JSON to the clipboard</source>
        <translation>已将注册输入 JSON 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied the AWS CLI command line</source>
        <translation>已复制 AWS CLI 命令行</translation>
    </message>
    <message>
        <source>Copied the AWS CLI command line; export the JSON as {0} first, or save the draft and copy again</source>
        <translation>已复制 AWS CLI 命令行；请先将 JSON 导出为 {0}，或保存草稿后再复制一次</translation>
    </message>
    <message>
        <source>Export CloudFormation template</source>
        <translation>导出 CloudFormation 模板</translation>
    </message>
    <message>
        <source>CloudFormation YAML (*.yaml *.yml);;CloudFormation JSON (*.json);;All files (*)</source>
        <translation>CloudFormation YAML (*.yaml *.yml);;CloudFormation JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Terraform resource</source>
        <translation>导出 Terraform 资源</translation>
    </message>
    <message>
        <source>Terraform files (*.tf);;All files (*)</source>
        <translation>Terraform 文件 (*.tf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
    <message>
        <source>Exported with warnings</source>
        <translation>导出完成，但有警告</translation>
    </message>
    <message>
        <source>{0} was written, but {1} cannot express {2} member of the draft; it was left out. Add it by hand if you need it.</source>
        <translation>已写入 {0}，但 {1} 无法表示草稿中的 {2} 个成员，该成员已被略去。如有需要，请手动添加。</translation>
    </message>
    <message>
        <source>{0} was written, but {1} cannot express {2} members of the draft; they were left out. Add them by hand if you need them.</source>
        <translation>已写入 {0}，但 {1} 无法表示草稿中的 {2} 个成员，这些成员已被略去。如有需要，请手动添加。</translation>
    </message>
</context>
<context>
    <name>FamilyColumns</name>
    <message>
        <source>Filter families</source>
        <translation>筛选系列</translation>
    </message>
    <message>
        <source>&amp;Families</source>
        <translation>系列(&amp;F)</translation>
    </message>
</context>
<context>
    <name>FargateSizePickers</name>
    <message>
        <source>{0} or {1} vCPU</source>
        <translation>{0} 或 {1} vCPU</translation>
    </message>
    <message>
        <source>{0} in {1} steps</source>
        <translation>{0}，以 {1} 为增量</translation>
    </message>
    <message>
        <source>The vCPUs reserved for the whole task (1 vCPU = 1024 CPU units).</source>
        <translation>为整个任务预留的 vCPU（1 vCPU = 1024 个 CPU 单位）。</translation>
    </message>
    <message>
        <source>&amp;CPU</source>
        <translation>CPU(&amp;C)</translation>
    </message>
    <message>
        <source>The memory of the whole task; containers share it.</source>
        <translation>整个任务的内存，由各容器共享。</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>内存(&amp;M)</translation>
    </message>
    <message>
        <source>Valid with {memory}</source>
        <translation>与 {memory} 搭配有效</translation>
    </message>
    <message>
        <source>Other sizes (need a different memory)</source>
        <translation>其他大小（需要更改内存）</translation>
    </message>
    <message>
        <source>Valid with {cpu}</source>
        <translation>与 {cpu} 搭配有效</translation>
    </message>
    <message>
        <source>Other sizes (need a different CPU)</source>
        <translation>其他大小（需要更改 CPU）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>{value} (not a Fargate size for this OS)</source>
        <translation>{value}（不是此操作系统的 Fargate 大小）</translation>
    </message>
    <message>
        <source>{size} (needs {needs})</source>
        <translation>{size}（需要 {needs}）</translation>
    </message>
    <message>
        <source>Valid memory for {cpu}: {range}.</source>
        <translation>{cpu} 的有效内存：{range}。</translation>
    </message>
    <message>
        <source>Valid CPU for {memory}: {list}.</source>
        <translation>{memory} 的有效 CPU：{list}。</translation>
    </message>
    <message>
        <source>Use {size}</source>
        <translation>使用 {size}</translation>
    </message>
    <message>
        <source>Change the task {field} to {size}, the nearest valid size.</source>
        <translation>将任务{field}更改为 {size}，即最接近的有效大小。</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Task definition family</source>
        <extracomment>A structure that only groups fields the screen shows without it (the log options under &quot;Logging&quot;): not named in the middle of a place.</extracomment>
        <translation>任务定义系列</translation>
    </message>
    <message>
        <source>Task CPU units</source>
        <translation>任务 CPU 单位</translation>
    </message>
    <message>
        <source>Task memory</source>
        <translation>任务内存</translation>
    </message>
    <message>
        <source>Task role</source>
        <translation>任务角色</translation>
    </message>
    <message>
        <source>Task execution role</source>
        <translation>任务执行角色</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>网络模式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Image URI</source>
        <translation>映像 URI</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>CPU units</source>
        <translation>CPU 单位</translation>
    </message>
    <message>
        <source>Memory hard limit</source>
        <translation>内存硬限制</translation>
    </message>
    <message>
        <source>Memory soft limit</source>
        <translation>内存软限制</translation>
    </message>
    <message>
        <source>Log collection</source>
        <translation>日志收集</translation>
    </message>
    <message>
        <source>Log driver</source>
        <translation>日志驱动程序</translation>
    </message>
    <message>
        <source>Log options</source>
        <translation>日志选项</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>日志组</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Stream prefix</source>
        <translation>流前缀</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>创建日志组</translation>
    </message>
    <message>
        <source>container {0}</source>
        <translation>容器 {0}</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>First words of labels that are names, and keep their capital in a sentence.</extracomment>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>{0} cleared</source>
        <translation>已清除{0}</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Placement constraints</source>
        <translation>放置约束</translation>
    </message>
    <message>
        <source>Placement constraint</source>
        <translation>放置约束</translation>
    </message>
    <message>
        <source>Launch type</source>
        <translation>启动类型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>PID mode</source>
        <translation>PID 模式</translation>
    </message>
    <message>
        <source>IPC mode</source>
        <translation>IPC 模式</translation>
    </message>
    <message>
        <source>Proxy configuration</source>
        <translation>代理配置</translation>
    </message>
    <message>
        <source>Inference accelerators</source>
        <translation>推理加速器</translation>
    </message>
    <message>
        <source>Inference accelerator</source>
        <translation>推理加速器</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>临时存储</translation>
    </message>
    <message>
        <source>Operating system/Architecture</source>
        <translation>操作系统/架构</translation>
    </message>
    <message>
        <source>Fault injection</source>
        <translation>故障注入</translation>
    </message>
    <message>
        <source>Trusted execution</source>
        <translation>可信执行</translation>
    </message>
    <message>
        <source>CPU architecture</source>
        <translation>CPU 架构</translation>
    </message>
    <message>
        <source>Operating system family</source>
        <translation>操作系统系列</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Isolation mode</source>
        <translation>隔离模式</translation>
    </message>
    <message>
        <source>Attestation policy</source>
        <translation>证明策略</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Private registry</source>
        <translation>私有注册表</translation>
    </message>
    <message>
        <source>Secrets Manager ARN or name</source>
        <translation>Secrets Manager ARN 或名称</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Port mappings</source>
        <translation>端口映射</translation>
    </message>
    <message>
        <source>Port mapping</source>
        <translation>端口映射</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>重启策略</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>入口点</translation>
    </message>
    <message>
        <source>Entry point argument</source>
        <translation>入口点参数</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Command argument</source>
        <translation>命令参数</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Environment files</source>
        <translation>环境文件</translation>
    </message>
    <message>
        <source>Environment file</source>
        <translation>环境文件</translation>
    </message>
    <message>
        <source>Mount points</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Volumes from</source>
        <translation>卷来源</translation>
    </message>
    <message>
        <source>Linux parameters</source>
        <translation>Linux 参数</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Startup dependencies</source>
        <translation>启动依赖</translation>
    </message>
    <message>
        <source>Startup dependency</source>
        <translation>启动依赖</translation>
    </message>
    <message>
        <source>Start timeout</source>
        <translation>启动超时</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>停止超时</translation>
    </message>
    <message>
        <source>Version consistency</source>
        <translation>版本一致性</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>Networking off</source>
        <translation>关闭网络</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>特权</translation>
    </message>
    <message>
        <source>Read-only root file system</source>
        <translation>只读根文件系统</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>DNS search domains</source>
        <translation>DNS 搜索域</translation>
    </message>
    <message>
        <source>DNS search domain</source>
        <translation>DNS 搜索域</translation>
    </message>
    <message>
        <source>Extra hosts</source>
        <translation>额外主机</translation>
    </message>
    <message>
        <source>Extra host</source>
        <translation>额外主机</translation>
    </message>
    <message>
        <source>Docker security options</source>
        <translation>Docker 安全选项</translation>
    </message>
    <message>
        <source>Docker security option</source>
        <translation>Docker 安全选项</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>交互式</translation>
    </message>
    <message>
        <source>Pseudo terminal</source>
        <translation>伪终端</translation>
    </message>
    <message>
        <source>Docker labels</source>
        <translation>Docker 标签</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>资源限制 (ulimits)</translation>
    </message>
    <message>
        <source>Ulimit</source>
        <translation>资源限制 (ulimit)</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>运行状况检查</translation>
    </message>
    <message>
        <source>System controls</source>
        <translation>系统控制</translation>
    </message>
    <message>
        <source>System control</source>
        <translation>系统控制</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>资源需求</translation>
    </message>
    <message>
        <source>Resource requirement</source>
        <translation>资源需求</translation>
    </message>
    <message>
        <source>FireLens configuration</source>
        <translation>FireLens 配置</translation>
    </message>
    <message>
        <source>Credential specs</source>
        <translation>凭证规范</translation>
    </message>
    <message>
        <source>Credential spec</source>
        <translation>凭证规范</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>容器端口</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>主机端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>App protocol</source>
        <translation>应用程序协议</translation>
    </message>
    <message>
        <source>Container port range</source>
        <translation>容器端口范围</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Ignored exit codes</source>
        <translation>忽略的退出代码</translation>
    </message>
    <message>
        <source>Ignored exit code</source>
        <translation>忽略的退出代码</translation>
    </message>
    <message>
        <source>Restart attempt period</source>
        <translation>重启尝试间隔</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source volume</source>
        <translation>源卷</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>容器路径</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Source container</source>
        <translation>源容器</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Add capabilities</source>
        <translation>添加功能</translation>
    </message>
    <message>
        <source>Added capability</source>
        <translation>添加的功能</translation>
    </message>
    <message>
        <source>Drop capabilities</source>
        <translation>删除功能</translation>
    </message>
    <message>
        <source>Dropped capability</source>
        <translation>删除的功能</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Run an init process</source>
        <translation>运行 init 进程</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>共享内存</translation>
    </message>
    <message>
        <source>tmpfs mounts</source>
        <translation>tmpfs 挂载</translation>
    </message>
    <message>
        <source>tmpfs mount</source>
        <translation>tmpfs 挂载</translation>
    </message>
    <message>
        <source>Maximum swap</source>
        <translation>最大交换空间</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>交换倾向 (swappiness)</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>主机路径</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <source>Mount option</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <source>Secrets Manager or SSM parameter ARN</source>
        <translation>Secrets Manager 或 SSM 参数 ARN</translation>
    </message>
    <message>
        <source>Container name</source>
        <translation>容器名称</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>软限制</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>硬限制</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Log secret options</source>
        <translation>日志密钥选项</translation>
    </message>
    <message>
        <source>Log secret option</source>
        <translation>日志密钥选项</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Start period</source>
        <translation>启动期</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Sharing strategy</source>
        <translation>共享策略</translation>
    </message>
    <message>
        <source>NVIDIA MPS</source>
        <translation>NVIDIA MPS</translation>
    </message>
    <message>
        <source>Maximum compute percent</source>
        <translation>最大计算百分比</translation>
    </message>
    <message>
        <source>Bind mount</source>
        <translation>绑定挂载</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>源路径</translation>
    </message>
    <message>
        <source>Configured at launch</source>
        <translation>在启动时配置</translation>
    </message>
    <message>
        <source>Docker volume</source>
        <translation>Docker 卷</translation>
    </message>
    <message>
        <source>Amazon EFS</source>
        <translation>Amazon EFS</translation>
    </message>
    <message>
        <source>Amazon S3 Files</source>
        <translation>Amazon S3 Files</translation>
    </message>
    <message>
        <source>Amazon FSx for Windows File Server</source>
        <translation>Amazon FSx for Windows File Server</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Create if missing</source>
        <translation>不存在时创建</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation>驱动程序选项</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>File system ID</source>
        <translation>文件系统 ID</translation>
    </message>
    <message>
        <source>File system ARN</source>
        <translation>文件系统 ARN</translation>
    </message>
    <message>
        <source>Root directory</source>
        <translation>根目录</translation>
    </message>
    <message>
        <source>Encryption in transit</source>
        <translation>传输中加密</translation>
    </message>
    <message>
        <source>Encryption in transit port</source>
        <translation>传输中加密端口</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Access point ID</source>
        <translation>接入点 ID</translation>
    </message>
    <message>
        <source>Access point ARN</source>
        <translation>接入点 ARN</translation>
    </message>
    <message>
        <source>IAM authorization</source>
        <translation>IAM 授权</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Task definition ARN</source>
        <extracomment>Members of a described task definition that registering does not take; the importer removes them and says so, at their place.</extracomment>
        <translation>任务定义 ARN</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Required attributes</source>
        <translation>所需属性</translation>
    </message>
    <message>
        <source>Compatibilities</source>
        <translation>兼容性</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>注册者</translation>
    </message>
    <message>
        <source>Deregistered at</source>
        <translation>注销时间</translation>
    </message>
    <message>
        <source>Whole task definition</source>
        <extracomment>The member of a list item that names it, for lists whose items have one.</extracomment>
        <translation>整个任务定义</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos;</source>
        <translation>{0}“{1}”</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>FieldPickers</name>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Choose the task role</source>
        <translation>选择任务角色</translation>
    </message>
    <message>
        <source>Choose the task execution role</source>
        <translation>选择任务执行角色</translation>
    </message>
    <message>
        <source>Create {0}...</source>
        <translation>创建 {0}...</translation>
    </message>
    <message>
        <source>Create the default task execution role</source>
        <translation>创建默认的任务执行角色</translation>
    </message>
    <message>
        <source>Browse ECR...</source>
        <translation>浏览 ECR...</translation>
    </message>
    <message>
        <source>Choose an Amazon ECR image</source>
        <translation>选择 Amazon ECR 映像</translation>
    </message>
    <message>
        <source>Choose the registry credentials secret</source>
        <translation>选择注册表凭证密钥</translation>
    </message>
    <message>
        <source>Choose or create the log group</source>
        <translation>选择或创建日志组</translation>
    </message>
    <message>
        <source>Create...</source>
        <translation>创建...</translation>
    </message>
    <message>
        <source>Create the log group in the connected account</source>
        <translation>在已连接的账户中创建日志组</translation>
    </message>
    <message>
        <source>Add from account...</source>
        <translation>从账户添加...</translation>
    </message>
    <message>
        <source>Add a secret or parameter from the account</source>
        <translation>从账户添加密钥或参数</translation>
    </message>
    <message>
        <source>Connect to an AWS account first (Account &gt; Connect...)</source>
        <translation>请先连接到 AWS 账户（账户 &gt; 连接...）</translation>
    </message>
    <message>
        <source>Create {0}... makes the default role in the connected account.</source>
        <translation>“创建 {0}...”会在已连接的账户中创建默认角色。</translation>
    </message>
    <message>
        <source>Connect an AWS account (Account &gt; Connect...) to pick roles or create the default {0}.</source>
        <translation>连接 AWS 账户（账户 &gt; 连接...）后即可选择角色或创建默认的 {0}。</translation>
    </message>
    <message>
        <source>Creating {0}...</source>
        <translation>正在创建 {0}...</translation>
    </message>
    <message>
        <source>Created {0}; it is now the task execution role.</source>
        <translation>已创建 {0}；它现在是任务执行角色。</translation>
    </message>
    <message>
        <source>{0} already existed and was left unchanged; it is now the task execution role.</source>
        <translation>{0} 已存在，未做更改；它现在是任务执行角色。</translation>
    </message>
    <message>
        <source>Creating log group {0}...</source>
        <translation>正在创建日志组 {0}...</translation>
    </message>
    <message>
        <source>Created log group {0}.</source>
        <translation>已创建日志组 {0}。</translation>
    </message>
    <message>
        <source>Log group {0} already exists; it is used as it is.</source>
        <translation>日志组 {0} 已存在；将按原样使用。</translation>
    </message>
    <message>
        <source>AWS error</source>
        <translation>AWS 错误</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>(API: {0})</source>
        <extracomment>Rules found at the task whose plain &quot;cpu&quot; / &quot;memory&quot; are the containers&apos; members. The plain-word members: (the task&apos;s label, a container&apos;s label), by &quot;in a container&quot;.</extracomment>
        <translation>（API：{0}）</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open task definition</source>
        <translation>打开任务定义</translation>
    </message>
    <message>
        <source>Export with errors?</source>
        <translation>导出有错误的任务定义？</translation>
    </message>
    <message>
        <source>The task definition has {0} error: AWS rejects it or its tasks do not run. The review page shows it.</source>
        <translation>任务定义有 {0} 个错误：AWS 会拒绝它，或者它的任务无法运行。检查页面列出了这个错误。</translation>
    </message>
    <message>
        <source>The task definition has {0} errors: AWS rejects it or its tasks do not run. The review page lists them.</source>
        <translation>任务定义有 {0} 个错误：AWS 会拒绝它，或者它的任务无法运行。检查页面列出了这些错误。</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>the new task definition</source>
        <translation>新任务定义</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to {0} first?</source>
        <translation>是否先保存对 {0} 的更改？</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>{0} no longer exists; it was removed from the recent files.</source>
        <translation>{0} 已不存在，已将其从最近使用的文件中删除。</translation>
    </message>
    <message>
        <source>The file was not opened; your current draft is unchanged.</source>
        <translation>文件未打开；当前草稿未更改。</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>打开 {0}</translation>
    </message>
    <message>
        <source>Save task definition</source>
        <translation>保存任务定义</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <source>Fix this first: {0}</source>
        <translation>请先修复：{0}</translation>
    </message>
    <message>
        <source>The draft does not fit the API&apos;s shape yet; the review page says where.</source>
        <translation>草稿尚不符合 API 的结构；检查页面会指出问题所在。</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>暂时无法导出</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}. Nothing was changed.</source>
        <translation>无法写入 {0}：{1}。未做任何更改。</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>它是只读的</translation>
    </message>
    <message>
        <source>it has other hard links, which replacing it would break; save under another name</source>
        <translation>它还有其他硬链接，替换它会断开这些链接；请另存为其他名称</translation>
    </message>
    <message>
        <source>it belongs to another user or group, and saving would make it yours</source>
        <translation>它属于另一个用户或组，保存会让它变成您的文件</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is a block device</source>
        <translation>这是一个块设备</translation>
    </message>
    <message>
        <source>it is a socket</source>
        <translation>这是一个套接字</translation>
    </message>
    <message>
        <source>it is a FIFO with no reader</source>
        <translation>这是一个没有读取方的 FIFO（命名管道）</translation>
    </message>
    <message>
        <source>it is a FIFO with no writer</source>
        <translation>这是一个没有写入方的 FIFO（命名管道）</translation>
    </message>
    <message>
        <source>it is a symbolic link loop</source>
        <translation>这是一个循环的符号链接</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>它所在的文件夹不存在</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <source>{0} errors</source>
        <translation>{0} 个错误</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>{0} 个警告</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Error</source>
        <extracomment>The columns whose text wraps: Problem and Field. The Field column takes at most this share of the width; a longer place wraps.</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>所选检查结果</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Show {0} findings</source>
        <translation>显示{0}类检查结果</translation>
    </message>
    <message>
        <source>List the findings of this severity (clear to hide them).</source>
        <translation>列出此严重级别的发现（取消勾选则隐藏）。</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>转到字段</translation>
    </message>
    <message>
        <source>Open the page of the selected finding (or Enter)</source>
        <translation>打开所选检查结果所在的页面（或按 Enter）</translation>
    </message>
    <message>
        <source>Go to the field of the selected finding</source>
        <translation>转到所选检查结果的字段</translation>
    </message>
    <message>
        <source>Fix the selected finding</source>
        <translation>修复所选检查结果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Every problem in the task definition; Enter opens the field of the selected one.</source>
        <translation>任务定义中的所有问题；按 Enter 打开所选问题对应的字段。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>JSON Pointer: {0}</source>
        <translation>JSON 指针：{0}</translation>
    </message>
    <message>
        <source>{0} (the change can be undone)</source>
        <translation>{0}（此更改可以撤销）</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation>选择一条检查结果以查看修复方法。</translation>
    </message>
    <message>
        <source>Nothing to show: no findings of the chosen kinds.</source>
        <translation>没有可显示的内容：没有所选类型的检查结果。</translation>
    </message>
    <message>
        <source>{0} (JSON Pointer {1})</source>
        <translation>{0}（JSON 指针 {1}）</translation>
    </message>
    <message>
        <source>{0}
At {1}</source>
        <translation>{0}
位置：{1}</translation>
    </message>
</context>
<context>
    <name>FreeSizeEntry</name>
    <message>
        <source>optional, e.g. 1024</source>
        <translation>可选，例如 1024</translation>
    </message>
    <message>
        <source>CPU units reserved for the task (1024 = 1 vCPU), 128 to 196608. Leave empty to reserve CPU per container only.</source>
        <translation>为任务预留的 CPU 单位（1024 = 1 vCPU），128 到 196608。留空则只按容器预留 CPU。</translation>
    </message>
    <message>
        <source>&amp;CPU (units)</source>
        <translation>CPU（单位）(&amp;C)</translation>
    </message>
    <message>
        <source>1024 units = 1 vCPU; 128 to 196608, or empty.</source>
        <translation>1024 单位 = 1 vCPU；128 到 196608，或留空。</translation>
    </message>
    <message>
        <source>optional, e.g. 2048</source>
        <translation>可选，例如 2048</translation>
    </message>
    <message>
        <source>Memory for the task in MiB. If you leave it empty, every container needs its own memory limit or reservation.</source>
        <translation>任务的内存，以 MiB 为单位。如果留空，则每个容器都需要设置自己的内存限制或内存预留。</translation>
    </message>
    <message>
        <source>Windows containers on EC2 ignore the task-level CPU and memory: set them per container on the Containers page.</source>
        <translation>EC2 上的 Windows 容器会忽略任务级 CPU 和内存：请在“容器”页面上为每个容器分别设置。</translation>
    </message>
    <message>
        <source>&amp;Memory (MiB)</source>
        <translation>内存 (MiB)(&amp;M)</translation>
    </message>
    <message>
        <source>1024 MiB = 1 GB. If empty, every container needs a memory limit.</source>
        <translation>1024 MiB = 1 GB。如果留空，则每个容器都需要内存限制。</translation>
    </message>
</context>
<context>
    <name>HealthSection</name>
    <message>
        <source>Health check</source>
        <translation>运行状况检查</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Run inside the container; exit code 0 means healthy. Start with CMD-SHELL to run through the container&apos;s shell, or CMD to run a program directly.</source>
        <translation>在容器内运行；退出代码 0 表示运行状况良好。以 CMD-SHELL 开头则通过容器的 shell 运行，以 CMD 开头则直接运行程序。</translation>
    </message>
    <message>
        <source>Comma-separated, starting with CMD or CMD-SHELL: &quot;CMD-SHELL, curl -f http://localhost/ || exit 1&quot; or &quot;CMD, /bin/check, --quick&quot;. Leave empty for no health check.</source>
        <translation>以逗号分隔，以 CMD 或 CMD-SHELL 开头：&quot;CMD-SHELL, curl -f http://localhost/ || exit 1&quot; 或 &quot;CMD, /bin/check, --quick&quot;。留空表示不进行运行状况检查。</translation>
    </message>
    <message>
        <source>Interval (seconds)</source>
        <translation>间隔（秒）</translation>
    </message>
    <message>
        <source>Time between checks: 5 to 300 seconds.</source>
        <translation>两次检查之间的时间：5 到 300 秒。</translation>
    </message>
    <message>
        <source>30 (default)</source>
        <translation>30（默认）</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source>How long a check may take before it counts as failed: 2 to 60 seconds.</source>
        <translation>一次检查在被视为失败之前可持续的时间：2 到 60 秒。</translation>
    </message>
    <message>
        <source>5 (default)</source>
        <translation>5（默认）</translation>
    </message>
    <message>
        <source>Start period (seconds)</source>
        <translation>启动期（秒）</translation>
    </message>
    <message>
        <source>Grace time after start during which failures do not count: 0 to 300 seconds.</source>
        <translation>启动后的宽限时间，在此期间失败不计数：0 到 300 秒。</translation>
    </message>
    <message>
        <source>off (default)</source>
        <translation>关闭（默认）</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Failed checks in a row before the container is unhealthy: 1 to 10.</source>
        <translation>容器被视为运行状况不佳之前连续失败的检查次数：1 到 10。</translation>
    </message>
    <message>
        <source>3 (default)</source>
        <translation>3（默认）</translation>
    </message>
</context>
<context>
    <name>ImagePickerDialog</name>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>No Amazon ECR repositories in this account and region.</source>
        <translation>此账户和区域中没有 Amazon ECR 存储库。</translation>
    </message>
    <message>
        <source>Loading the tags of {0}...</source>
        <translation>正在加载 {0} 的标签...</translation>
    </message>
</context>
<context>
    <name>ImageStatus</name>
    <message>
        <source>Exists</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>The last account check found it.</source>
        <translation>上次账户检查找到了它。</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>The last account check did not find this image or tag.</source>
        <translation>上次账户检查没有找到此镜像或标签。</translation>
    </message>
    <message>
        <source>Wrong architecture</source>
        <translation>架构不符</translation>
    </message>
    <message>
        <source>The image has no variant for the task&apos;s CPU architecture and OS.</source>
        <translation>该镜像没有适用于任务的 CPU 架构和操作系统的版本。</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>The last account check could not check this image (see Review).</source>
        <translation>上次账户检查无法检查此镜像（参见“检查并创建”页）。</translation>
    </message>
    <message>
        <source>Image check: {0}</source>
        <translation>镜像检查：{0}</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>JSON view</source>
        <translation>JSON 视图</translation>
    </message>
    <message>
        <source>Task definition JSON, editable</source>
        <translation>任务定义 JSON（可编辑）</translation>
    </message>
    <message>
        <source>JSON error</source>
        <translation>JSON 错误</translation>
    </message>
    <message>
        <source>The form changed</source>
        <translation>表单已更改</translation>
    </message>
    <message>
        <source>The form changed; Reload discards your JSON edits.</source>
        <translation>表单已更改；“重新加载”会放弃您对 JSON 的编辑。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reload the JSON from the form</source>
        <translation>从表单重新加载 JSON</translation>
    </message>
    <message>
        <source>Show the form&apos;s current draft; your edits are lost</source>
        <translation>显示表单当前的草稿；您的编辑将丢失</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Use this JSON as the draft (Ctrl+Return)</source>
        <translation>将此 JSON 用作草稿 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Apply the JSON to the draft</source>
        <translation>将 JSON 应用到草稿</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>放弃编辑</translation>
    </message>
    <message>
        <source>Throw away your edits and show the draft again</source>
        <translation>放弃您的编辑并重新显示草稿</translation>
    </message>
    <message>
        <source>Discard the JSON edits</source>
        <translation>放弃对 JSON 的编辑</translation>
    </message>
    <message>
        <source>JSON view status</source>
        <translation>JSON 视图状态</translation>
    </message>
    <message>
        <source>In sync with the form</source>
        <translation>与表单同步</translation>
    </message>
    <message>
        <source>Unapplied edits: Apply (Ctrl+Return) to use them</source>
        <translation>有未应用的编辑：单击“应用”(Ctrl+Return) 以使用它们</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Applied; changed on loading: {0}</source>
        <translation>已应用；加载时有更改：{0}</translation>
    </message>
    <message>
        <source> (and {0} more)</source>
        <translation> （另有 {0} 项）</translation>
    </message>
    <message>
        <source>Line {0}, column {1}: {2}</source>
        <translation>第 {0} 行第 {1} 列：{2}</translation>
    </message>
    <message>
        <source>Nothing was applied; the form keeps its state.</source>
        <translation>未应用任何内容；表单保持原状。</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未应用</translation>
    </message>
</context>
<context>
    <name>JsonSection</name>
    <message>
        <source>JSON of this container</source>
        <translation>此容器的 JSON</translation>
    </message>
    <message>
        <source>Container JSON</source>
        <translation>容器 JSON</translation>
    </message>
    <message>
        <source>The selected container definition as JSON, including members the form does not show; Apply JSON puts your edits into the draft.</source>
        <translation>所选容器定义的 JSON，包括表单未显示的成员；点击“应用 JSON”将您的编辑写入草稿。</translation>
    </message>
    <message>
        <source>Apply JSON</source>
        <translation>应用 JSON</translation>
    </message>
    <message>
        <source>Apply container JSON</source>
        <translation>应用容器 JSON</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Revert container JSON</source>
        <translation>还原容器 JSON</translation>
    </message>
    <message>
        <source>All members of the container, also those the form above does not show. Edit and press Apply; the form then shows the new values.</source>
        <translation>容器的所有成员，包括上方表单未显示的成员。编辑后单击“应用”，表单随即显示新值。</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>…另有 {0} 项</translation>
    </message>
    <message>
        <source>Not applied: line {0}, column {1}: {2}. The form is unchanged.</source>
        <translation>未应用：第 {0} 行第 {1} 列：{2}。表单未更改。</translation>
    </message>
    <message>
        <source>Not applied: a container must be a JSON object ({{ … }}), not {0}. The form is unchanged.</source>
        <translation>未应用：容器必须是 JSON 对象 ({{ … }})，而不是{0}。表单未更改。</translation>
    </message>
    <message>
        <source>Applied; the form shows the new values.</source>
        <translation>已应用；表单已显示新值。</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>&apos;{0}&apos; appears again further down; only that row is kept.</source>
        <translation>&apos;{0}&apos; 在下方再次出现；只保留那一行。</translation>
    </message>
</context>
<context>
    <name>LabelsSection</name>
    <message>
        <source>Docker labels</source>
        <translation>Docker 标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Metadata added to the container (docker run --label).</source>
        <translation>添加到容器的元数据 (docker run --label)。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Applies after a restart</source>
        <translation>重新启动后生效</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language saved; it is the one in use.</source>
        <translation>语言已保存，与当前使用的语言相同。</translation>
    </message>
    <message>
        <source>Language saved: {0} from the next start of the program.</source>
        <translation>语言已保存：下次启动程序时使用 {0}。</translation>
    </message>
</context>
<context>
    <name>LaunchPage</name>
    <message>
        <source>Launch type and family</source>
        <translation>启动类型和系列</translation>
    </message>
    <message>
        <source>Name the task definition, choose where its tasks will run and the operating system they need. The next pages only offer what these choices allow.</source>
        <translation>为任务定义命名，选择其任务的运行位置以及所需的操作系统。后续页面只提供这些选择所允许的选项。</translation>
    </message>
    <message>
        <source>Task definition configuration</source>
        <translation>任务定义配置</translation>
    </message>
    <message>
        <source>e.g. web-app</source>
        <translation>例如 web-app</translation>
    </message>
    <message>
        <source>The name every revision of this task definition shares: up to 255 letters, numbers, hyphens and underscores.</source>
        <translation>此任务定义的所有修订共用的名称：最多 255 个字母、数字、连字符和下划线。</translation>
    </message>
    <message>
        <source>Task definition &amp;family</source>
        <translation>任务定义系列(&amp;F)</translation>
    </message>
    <message>
        <source>Letters, numbers, hyphens and underscores, up to 255.</source>
        <translation>字母、数字、连字符和下划线，最多 255 个。</translation>
    </message>
    <message>
        <source>Infrastructure requirements</source>
        <translation>基础设施要求</translation>
    </message>
    <message>
        <source>AWS Fargate</source>
        <translation>AWS Fargate</translation>
    </message>
    <message>
        <source>Serverless: AWS runs the task on fixed CPU / memory sizes.</source>
        <translation>无服务器：AWS 以固定的 CPU/内存大小运行任务。</translation>
    </message>
    <message>
        <source>Amazon EC2 instances</source>
        <translation>Amazon EC2 实例</translation>
    </message>
    <message>
        <source>Tasks run on EC2 container instances of your cluster; any network mode.</source>
        <translation>任务在集群的 EC2 容器实例上运行；支持任何网络模式。</translation>
    </message>
    <message>
        <source>External (ECS Anywhere)</source>
        <translation>外部（ECS Anywhere）</translation>
    </message>
    <message>
        <source>Tasks run on your own servers registered with ECS Anywhere (no awsvpc).</source>
        <translation>任务在通过 ECS Anywhere 注册的您自己的服务器上运行（不支持 awsvpc）。</translation>
    </message>
    <message>
        <source>Managed Instances</source>
        <translation>托管实例</translation>
    </message>
    <message>
        <source>ECS Managed Instances: EC2 capacity that AWS manages; Linux only.</source>
        <translation>ECS 托管实例：由 AWS 管理的 EC2 容量；仅限 Linux。</translation>
    </message>
    <message>
        <source>ECS checks the task definition against every launch type chosen here. Several are allowed; the definition must then satisfy all of them.</source>
        <translation>ECS 会按此处选择的每种启动类型检查任务定义。可以选择多种；此时任务定义必须满足所有这些启动类型的要求。</translation>
    </message>
    <message>
        <source>&amp;Launch type</source>
        <translation>启动类型(&amp;L)</translation>
    </message>
    <message>
        <source>Also check against {0}</source>
        <translation>同时按 {0} 检查</translation>
    </message>
    <message>
        <source>Check the definition against these launch types too, without declaring them in requiresCompatibilities (as &apos;lint --launch-type&apos; does): for a file that will also run elsewhere. Kept with the saved draft, never written to the exported JSON.</source>
        <translation>也按这些启动类型检查此定义，但不在 requiresCompatibilities 中声明（与 &apos;lint --launch-type&apos; 相同）：适用于还将在别处运行的文件。随保存的草稿保留，绝不写入导出的 JSON。</translation>
    </message>
    <message>
        <source>Also &amp;check against</source>
        <translation>同时检查(&amp;C)</translation>
    </message>
    <message>
        <source>{0} (assumed)</source>
        <translation>{0}（假定）</translation>
    </message>
    <message>
        <source>{0} This file declares no launch type (requiresCompatibilities), so it is checked as EC2. Click to choose EC2 explicitly.</source>
        <translation>{0} 此文件未声明启动类型（requiresCompatibilities），因此按 EC2 检查。单击可明确选择 EC2。</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Not specified (Linux on x86_64)</source>
        <translation>未指定（Linux，x86_64）</translation>
    </message>
    <message>
        <source>The operating system and CPU architecture the task&apos;s images are built for. Fargate defaults to Linux/X86_64; Windows runs only on X86_64.</source>
        <translation>任务映像所针对的操作系统和 CPU 架构。Fargate 默认为 Linux/X86_64；Windows 只能在 X86_64 上运行。</translation>
    </message>
    <message>
        <source>&amp;Operating system/Architecture</source>
        <translation>操作系统/架构(&amp;O)</translation>
    </message>
</context>
<context>
    <name>LinesEdit</name>
    <message>
        <source>Not pasted: {0} bytes of text would make this field {1} bytes long, and a whole task definition may be at most {2} bytes (64 KiB). Put long values in an environment file or a secret instead.</source>
        <translation>未粘贴：这 {0} 字节的文本会使此字段达到 {1} 字节，而整个任务定义最多只能有 {2} 字节（64 KiB）。请把较长的值放入环境文件或密钥中。</translation>
    </message>
</context>
<context>
    <name>LinuxSection</name>
    <message>
        <source>Security and Linux parameters</source>
        <translation>安全和 Linux 参数</translation>
    </message>
    <message>
        <source>Read-only root file system</source>
        <translation>只读根文件系统</translation>
    </message>
    <message>
        <source>The container cannot write to its root file system, only to volumes. Not for Windows containers.</source>
        <translation>容器不能写入其根文件系统，只能写入卷。不适用于 Windows 容器。</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>特权</translation>
    </message>
    <message>
        <source>Gives the container elevated privileges on the host instance, like the root user (docker run --privileged). Not on Fargate, not for Windows containers.</source>
        <translation>授予容器在主机实例上的提升权限，类似于 root 用户 (docker run --privileged)。不适用于 Fargate，也不适用于 Windows 容器。</translation>
    </message>
    <message>
        <source>Run an init process</source>
        <translation>运行 init 进程</translation>
    </message>
    <message>
        <source>Starts an init process (PID 1) that forwards signals and reaps zombie processes.</source>
        <translation>启动一个 init 进程 (PID 1)，由它转发信号并回收僵尸进程。</translation>
    </message>
    <message>
        <source>Add capabilities</source>
        <translation>添加功能</translation>
    </message>
    <message>
        <source>Linux kernel capabilities to add, e.g. SYS_PTRACE, NET_ADMIN. Fargate allows only SYS_PTRACE.</source>
        <translation>要添加的 Linux 内核功能，例如 SYS_PTRACE、NET_ADMIN。Fargate 只允许 SYS_PTRACE。</translation>
    </message>
    <message>
        <source>Drop capabilities</source>
        <translation>删除功能</translation>
    </message>
    <message>
        <source>Kernel capabilities to remove from Docker&apos;s default set, e.g. NET_RAW, or ALL.</source>
        <translation>要从 Docker 默认功能集中删除的内核功能，例如 NET_RAW 或 ALL。</translation>
    </message>
    <message>
        <source>Shared memory (MiB)</source>
        <translation>共享内存 (MiB)</translation>
    </message>
    <message>
        <source>Size of /dev/shm (sharedMemorySize). Not on Fargate.</source>
        <translation>/dev/shm 的大小 (sharedMemorySize)。不适用于 Fargate。</translation>
    </message>
    <message>
        <source>EC2 only</source>
        <translation>仅限 EC2</translation>
    </message>
    <message>
        <source>Maximum swap (MiB)</source>
        <translation>最大交换空间 (MiB)</translation>
    </message>
    <message>
        <source>Swap the container may use; 0 turns swap off. Not on Fargate.</source>
        <translation>容器可使用的交换空间；0 表示关闭交换。不适用于 Fargate。</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>交换倾向 (swappiness)</translation>
    </message>
    <message>
        <source>0 to 100 (default 60): how readily memory pages are swapped; ignored without a maximum swap. Not on Fargate.</source>
        <translation>0 到 100（默认 60）：内存页被换出的积极程度；未设置最大交换空间时忽略此项。不适用于 Fargate。</translation>
    </message>
    <message>
        <source>60 (default)</source>
        <translation>60（默认）</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>容器路径</translation>
    </message>
    <message>
        <source>Where the tmpfs is mounted, e.g. /tmp.</source>
        <translation>tmpfs 的挂载位置，例如 /tmp。</translation>
    </message>
    <message>
        <source>Size (MiB)</source>
        <translation>大小 (MiB)</translation>
    </message>
    <message>
        <source>The most memory the tmpfs may use, in MiB.</source>
        <translation>tmpfs 最多可使用的内存，以 MiB 为单位。</translation>
    </message>
    <message>
        <source>Mount options</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. rw, noexec, nosuid.</source>
        <translation>以逗号分隔，例如 rw, noexec, nosuid。</translation>
    </message>
    <message>
        <source>tmpfs mounts</source>
        <translation>tmpfs 挂载</translation>
    </message>
    <message>
        <source>Add tmpfs mount</source>
        <translation>添加 tmpfs 挂载</translation>
    </message>
    <message>
        <source>File systems in memory, e.g. for scratch files (--tmpfs).</source>
        <translation>位于内存中的文件系统，例如用于临时文件 (--tmpfs)。</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>主机路径</translation>
    </message>
    <message>
        <source>The device on the host instance, e.g. /dev/fuse.</source>
        <translation>主机实例上的设备，例如 /dev/fuse。</translation>
    </message>
    <message>
        <source>Where the device appears in the container; empty: the same.</source>
        <translation>设备在容器中的路径；留空则与主机路径相同。</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Comma-separated, any of read, write, mknod; empty gives all three.</source>
        <translation>以逗号分隔，可为 read、write、mknod 中的任意几项；留空则三项全部授予。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Host devices exposed to the container (--device).</source>
        <translation>向容器公开的主机设备 (--device)。</translation>
    </message>
    <message>
        <source>Not supported on Fargate; available on EC2 and external instances.</source>
        <translation>Fargate 不支持此设置；可在 EC2 和外部实例上使用。</translation>
    </message>
    <message>
        <source>comma-separated, e.g. {0}</source>
        <translation>以逗号分隔，例如 {0}</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <source>Row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
</context>
<context>
    <name>LogGroupPicker</name>
    <message>
        <source>Let ECS create the log group?</source>
        <translation>让 ECS 创建日志组？</translation>
    </message>
    <message>
        <source>ECS creates {0} when the first task starts if awslogs-create-group is true. The task execution role then needs logs:CreateLogGroup, which the managed policy AmazonECSTaskExecutionRolePolicy does not include: add it to the role, or the task fails to start.</source>
        <translation>如果 awslogs-create-group 为 true，ECS 会在第一个任务启动时创建 {0}。此时任务执行角色需要 logs:CreateLogGroup 权限，而托管策略 AmazonECSTaskExecutionRolePolicy 不包含该权限：请将其添加到角色，否则任务将无法启动。</translation>
    </message>
    <message>
        <source>Creating the group now (Create group) needs no extra permission on the role.</source>
        <translation>现在创建日志组（创建组）则不需要为角色添加额外权限。</translation>
    </message>
    <message>
        <source>Set awslogs-create-group</source>
        <translation>设置 awslogs-create-group</translation>
    </message>
    <message>
        <source>Create the log group?</source>
        <translation>创建日志组？</translation>
    </message>
    <message>
        <source>The awslogs driver writes to {0}, which must exist when the task starts. Create it now in {1} in the connected account?</source>
        <translation>awslogs 驱动程序写入 {0}，任务启动时该日志组必须已存在。现在在已连接账户的 {1} 中创建它吗？</translation>
    </message>
    <message>
        <source>A group that exists already is left as it is. Created now, the task execution role needs no permission to create it.</source>
        <translation>已存在的日志组保持不变。现在创建的话，任务执行角色不需要创建日志组的权限。</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>创建日志组</translation>
    </message>
    <message>
        <source>CloudWatch Logs group</source>
        <translation>CloudWatch Logs 日志组</translation>
    </message>
    <message>
        <source>Pick the group for this container&apos;s logs, or type a new name in the filter and create it.</source>
        <translation>为此容器的日志选择日志组，或在筛选框中输入新名称并创建。</translation>
    </message>
    <message>
        <source>Create the log group now</source>
        <translation>立即创建日志组</translation>
    </message>
    <message>
        <source>Let ECS create it...</source>
        <translation>让 ECS 创建...</translation>
    </message>
    <message>
        <source>Let ECS create the log group when the task starts</source>
        <translation>让 ECS 在任务启动时创建日志组</translation>
    </message>
</context>
<context>
    <name>LogGroupPickerDialog</name>
    <message>
        <source>No log groups yet; type a name and create one.</source>
        <translation>还没有日志组；请输入名称并创建一个。</translation>
    </message>
    <message>
        <source>Create group {0}</source>
        <translation>创建组 {0}</translation>
    </message>
    <message>
        <source>Creating log group {0}...</source>
        <translation>正在创建日志组 {0}...</translation>
    </message>
</context>
<context>
    <name>LoggingSection</name>
    <message>
        <source>Logging</source>
        <translation>日志记录</translation>
    </message>
    <message>
        <source>Use log collection</source>
        <translation>使用日志收集</translation>
    </message>
    <message>
        <source>Log collection</source>
        <translation>日志收集</translation>
    </message>
    <message>
        <source>Send the container&apos;s standard output and error to a log destination; by default Amazon CloudWatch Logs through the awslogs driver.</source>
        <translation>将容器的标准输出和标准错误发送到日志目标；默认通过 awslogs 驱动程序发送到 Amazon CloudWatch Logs。</translation>
    </message>
    <message>
        <source>Log driver</source>
        <translation>日志驱动程序</translation>
    </message>
    <message>
        <source>Fargate supports awslogs, splunk and awsfirelens.</source>
        <translation>Fargate 支持 awslogs、splunk 和 awsfirelens。</translation>
    </message>
    <message>
        <source>FireLens routes this container&apos;s logs through a log router container (Fluent Bit or Fluentd) that has a firelensConfiguration; give the destination&apos;s options here (e.g. Name, region, delivery_stream).</source>
        <translation>FireLens 通过设置了 firelensConfiguration 的日志路由器容器（Fluent Bit 或 Fluentd）转发此容器的日志；请在此处填写目标的选项（例如 Name、region、delivery_stream）。</translation>
    </message>
    <message>
        <source>Log options</source>
        <translation>日志选项</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The log driver option to set, e.g. splunk-token.</source>
        <translation>要设置的日志驱动程序选项，例如 splunk-token。</translation>
    </message>
    <message>
        <source>Secrets Manager or SSM parameter ARN</source>
        <translation>Secrets Manager 或 SSM 参数 ARN</translation>
    </message>
    <message>
        <source>A Secrets Manager secret ARN or an SSM Parameter Store ARN; a parameter name works in the same Region.</source>
        <translation>Secrets Manager 密钥 ARN 或 SSM Parameter Store ARN；在同一区域中也可以使用参数名称。</translation>
    </message>
    <message>
        <source>Secret log options</source>
        <translation>日志密钥选项</translation>
    </message>
    <message>
        <source>Add secret option</source>
        <translation>添加密钥选项</translation>
    </message>
    <message>
        <source>Log driver options whose values come from a secret (secretOptions), such as a Splunk token; the task execution role needs permission to read them.</source>
        <translation>值来自密钥的日志驱动程序选项 (secretOptions)，例如 Splunk 令牌；任务执行角色需要读取它们的权限。</translation>
    </message>
    <message>
        <source>{0} (EC2 only)</source>
        <translation>{0}（仅限 EC2）</translation>
    </message>
    <message>
        <source>Amazon CloudWatch (awslogs)</source>
        <translation>Amazon CloudWatch (awslogs)</translation>
    </message>
    <message>
        <source>FireLens: Firehose, Kinesis, OpenSearch, S3… (awsfirelens)</source>
        <translation>FireLens：Firehose、Kinesis、OpenSearch、S3… (awsfirelens)</translation>
    </message>
    <message>
        <source>Splunk (splunk)</source>
        <translation>Splunk (splunk)</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>日志组</translation>
    </message>
    <message>
        <source>The CloudWatch Logs group, e.g. /ecs/&lt;family&gt;. It must exist unless awslogs-create-group is true and the execution role may create it.</source>
        <translation>CloudWatch Logs 日志组，例如 /ecs/&lt;family&gt;。该日志组必须已存在，除非 awslogs-create-group 为 true 且执行角色有权创建它。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The Region of the log group, e.g. eu-west-1.</source>
        <translation>日志组所在的区域，例如 eu-west-1。</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>例如 eu-west-1</translation>
    </message>
    <message>
        <source>Stream prefix</source>
        <translation>流前缀</translation>
    </message>
    <message>
        <source>Streams are named prefix/container-name/task-id; required on Fargate.</source>
        <translation>日志流命名为 prefix/container-name/task-id；在 Fargate 上必填。</translation>
    </message>
    <message>
        <source>ECS creates it at task start</source>
        <translation>任务启动时由 ECS 创建</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>创建日志组</translation>
    </message>
    <message>
        <source>The log group must exist when the task starts. Connected to an account, create it now with Create...; otherwise ECS can create it (awslogs-create-group) if the task execution role has logs:CreateLogGroup.</source>
        <translation>任务启动时日志组必须已存在。连接账户后，可用“创建...”立即创建；否则，如果任务执行角色拥有 logs:CreateLogGroup 权限，ECS 可以创建它 (awslogs-create-group)。</translation>
    </message>
    <message>
        <source>Default (non-blocking)</source>
        <translation>默认 (non-blocking)</translation>
    </message>
    <message>
        <source>non-blocking</source>
        <translation>non-blocking</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blocking</translation>
    </message>
    <message>
        <source>Delivery mode</source>
        <translation>传送模式</translation>
    </message>
    <message>
        <source>blocking stops the application from writing when logs cannot be delivered; non-blocking buffers and may drop logs instead.</source>
        <translation>blocking：日志无法传送时阻止应用程序写入；non-blocking：改为缓冲日志，可能会丢弃日志。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sizing</source>
        <translation>大小调整</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New from &amp;Template...</source>
        <translation>从模板新建(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Import docker-compose file...</source>
        <translation>导入 docker-compose 文件(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Export JSON...</source>
        <translation>导出 JSON(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;CloudFormation...</source>
        <translation>CloudFormation(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Terraform...</source>
        <translation>Terraform(&amp;T)...</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>复制 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Copy the AWS C&amp;LI command</source>
        <translation>复制 AWS CLI 命令(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON</source>
        <translation>以 JSON 编辑(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Exported the task definition</source>
        <translation>已导出任务定义</translation>
    </message>
    <message>
        <source>New task definition</source>
        <translation>新任务定义</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Monitoring and tags</source>
        <translation>监控和标签</translation>
    </message>
    <message>
        <source>Collect traces and metrics with an OpenTelemetry sidecar, and tag the task definition.</source>
        <translation>使用 OpenTelemetry 边车容器收集跟踪和指标，并为任务定义添加标签。</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Both options add one AWS Distro for OpenTelemetry collector container ({name}). Your application sends OpenTelemetry data to it at localhost:4317 (gRPC) or localhost:4318 (HTTP).</source>
        <translation>这两个选项都会添加同一个 AWS Distro for OpenTelemetry 收集器容器 ({name})。您的应用程序将 OpenTelemetry 数据发送到该容器的 localhost:4317 (gRPC) 或 localhost:4318 (HTTP)。</translation>
    </message>
    <message>
        <source>Use trace collection (AWS X-Ray)</source>
        <translation>使用跟踪收集 (AWS X-Ray)</translation>
    </message>
    <message>
        <source>Use trace collection</source>
        <translation>使用跟踪收集</translation>
    </message>
    <message>
        <source>The collector forwards your application&apos;s traces to AWS X-Ray.</source>
        <translation>收集器将应用程序的跟踪转发到 AWS X-Ray。</translation>
    </message>
    <message>
        <source>Use metric collection (Amazon CloudWatch)</source>
        <translation>使用指标收集 (Amazon CloudWatch)</translation>
    </message>
    <message>
        <source>Use metric collection</source>
        <translation>使用指标收集</translation>
    </message>
    <message>
        <source>The collector sends your application&apos;s metrics and the task&apos;s CPU, memory, network and storage metrics to Amazon CloudWatch.</source>
        <translation>收集器将应用程序的指标以及任务的 CPU、内存、网络和存储指标发送到 Amazon CloudWatch。</translation>
    </message>
    <message>
        <source>The collector uses the task role: it needs X-Ray write access for traces (e.g. the AWSXRayDaemonWriteAccess policy) and CloudWatch access for metrics (e.g. CloudWatchAgentServerPolicy).</source>
        <translation>收集器使用任务角色：跟踪需要 X-Ray 写入权限（例如 AWSXRayDaemonWriteAccess 策略），指标需要 CloudWatch 访问权限（例如 CloudWatchAgentServerPolicy）。</translation>
    </message>
    <message>
        <source>No task role is set: the collector cannot send anything. Set the task role on the “Task size, roles and network” page.</source>
        <translation>未设置任务角色：收集器无法发送任何数据。请在“任务大小、角色和网络”页面上设置任务角色。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Up to {max} tags to organise and find the task definition. Keys have 1 to 128 characters, values up to 256; keys starting with aws: are reserved.</source>
        <translation>最多 {max} 个标签，用于组织和查找任务定义。键的长度为 1 到 128 个字符，值最多 256 个字符；以 aws: 开头的键为保留键。</translation>
    </message>
    <message>
        <source>No collector sidecar in this task definition.</source>
        <translation>此任务定义中没有收集器边车容器。</translation>
    </message>
    <message>
        <source>Container {name} (container {n}) runs with --config={config}. Change its image or settings on the Containers page.</source>
        <translation>容器 {name}（第 {n} 个容器）使用 --config={config} 运行。请在“容器”页面上更改其映像或设置。</translation>
    </message>
    <message>
        <source>its own configuration</source>
        <translation>它自己的配置</translation>
    </message>
</context>
<context>
    <name>MountsEditor</name>
    <message>
        <source>The mount points and volumes-from below belong to this container.</source>
        <translation>下方的挂载点和 volumes-from 属于此容器。</translation>
    </message>
    <message>
        <source>C&amp;ontainer</source>
        <translation>容器(&amp;O)</translation>
    </message>
    <message>
        <source>mount point</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Add mount point</source>
        <translation>添加挂载点</translation>
    </message>
    <message>
        <source>This container mounts no volumes.</source>
        <translation>此容器未挂载任何卷。</translation>
    </message>
    <message>
        <source>Mount points</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>volumes-from entry</source>
        <translation>卷来源条目</translation>
    </message>
    <message>
        <source>Add volumes from a container</source>
        <translation>从容器添加卷</translation>
    </message>
    <message>
        <source>This container takes no volumes from other containers.</source>
        <translation>此容器未从其他容器获取卷。</translation>
    </message>
    <message>
        <source>Volumes from</source>
        <translation>卷来源</translation>
    </message>
    <message>
        <source>Mounts every volume that the source container mounts, at the same paths.</source>
        <translation>以相同路径挂载源容器挂载的每个卷。</translation>
    </message>
    <message>
        <source>Source volume</source>
        <translation>源卷</translation>
    </message>
    <message>
        <source>A volume defined above.</source>
        <translation>上方定义的卷。</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>容器路径</translation>
    </message>
    <message>
        <source>e.g. /usr/share/nginx/html</source>
        <translation>例如 /usr/share/nginx/html</translation>
    </message>
    <message>
        <source>Where the volume appears inside the container.</source>
        <translation>卷在容器内的位置。</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>The container can read the volume but not write to it.</source>
        <translation>容器可以读取该卷，但不能写入。</translation>
    </message>
    <message>
        <source>Source container</source>
        <translation>源容器</translation>
    </message>
    <message>
        <source>The container whose volumes this container mounts too.</source>
        <translation>此容器同样挂载其卷的容器。</translation>
    </message>
    <message>
        <source>The container can read those volumes but not write to them.</source>
        <translation>容器可以读取这些卷，但不能写入。</translation>
    </message>
    <message>
        <source>Choose a volume</source>
        <translation>选择卷</translation>
    </message>
    <message>
        <source>Choose a container</source>
        <translation>选择容器</translation>
    </message>
    <message>
        <source>Container {n} (no name yet)</source>
        <translation>容器 {n}（尚未命名）</translation>
    </message>
</context>
<context>
    <name>MoveToSecrets</name>
    <message>
        <source>Fix: move to secrets...</source>
        <translation>修复：移至密钥...</translation>
    </message>
</context>
<context>
    <name>MoveToSecretsDialog</name>
    <message>
        <source>Move {0} to secrets</source>
        <translation>将 {0} 移至密钥</translation>
    </message>
    <message>
        <source>The value of {0} is plain text in the task definition, visible to anyone who can describe it. As a secret, ECS reads it from AWS when the task starts and puts it in the same environment variable.</source>
        <translation>{0} 的值以明文保存在任务定义中，任何能够描述该任务定义的人都能看到。改为密钥后，ECS 会在任务启动时从 AWS 读取该值，并放入同名的环境变量。</translation>
    </message>
    <message>
        <source>About the placeholders</source>
        <translation>关于占位符</translation>
    </message>
    <message>
        <source>About the task execution role</source>
        <translation>关于任务执行角色</translation>
    </message>
    <message>
        <source>Where else the value appears</source>
        <translation>该值还出现在哪里</translation>
    </message>
    <message>
        <source>Why the move cannot be made</source>
        <translation>无法移动的原因</translation>
    </message>
    <message>
        <source>Move to secrets</source>
        <translation>移至密钥</translation>
    </message>
    <message>
        <source>Move the variable to secrets</source>
        <translation>将该变量移至密钥</translation>
    </message>
    <message>
        <source>Variable name</source>
        <translation>变量名称</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <source>hidden ({0} characters)</source>
        <translation>已隐藏（{0} 个字符）</translation>
    </message>
    <message>
        <source>Value (hidden)</source>
        <translation>值（已隐藏）</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>SSM Parameter Store (SecureString)</source>
        <translation>SSM Parameter Store（SecureString）</translation>
    </message>
    <message>
        <source>AWS Secrets Manager</source>
        <translation>AWS Secrets Manager</translation>
    </message>
    <message>
        <source>Keep it in:</source>
        <translation>保存在：</translation>
    </message>
    <message>
        <source>The ARN of the SSM parameter or Secrets Manager secret ECS reads the value from; a parameter&apos;s name works in the task&apos;s own Region.</source>
        <translation>ECS 从中读取该值的 SSM 参数或 Secrets Manager 密钥的 ARN；在任务所在的区域中也可以使用参数名称。</translation>
    </message>
    <message>
        <source>Secrets Manager or SSM parameter ARN:</source>
        <translation>Secrets Manager 或 SSM 参数 ARN：</translation>
    </message>
    <message>
        <source>Create the parameter or secret in the connected account with this value (an existing one is never overwritten); the secret then reads it from its ARN.</source>
        <translation>在已连接的账户中用此值创建参数或密钥（绝不覆盖已有的）；之后密钥从其 ARN 读取该值。</translation>
    </message>
    <message>
        <source>Replace {0} in the parameter ARN with the real value. Until then the draft is flagged and cannot be registered.</source>
        <translation>请将参数 ARN 中的 {0} 替换为实际值。在此之前，草稿会被标记，且无法注册。</translation>
    </message>
    <message>
        <source>The container already has a secret {0}, read from {1}. Remove or rename that secret first, or use the same parameter ARN.</source>
        <translation>该容器已有密钥 {0}，读取自 {1}。请先删除或重命名该密钥，或使用相同的参数 ARN。</translation>
    </message>
    <message>
        <source>Fill in the ARN or name of the parameter or secret.</source>
        <translation>请填写参数或密钥的 ARN 或名称。</translation>
    </message>
    <message>
        <source>Also store the value in AWS now</source>
        <translation>同时立即将该值保存到 AWS</translation>
    </message>
    <message>
        <source>Copy the value</source>
        <translation>复制该值</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard</source>
        <translation>将该值复制到剪贴板</translation>
    </message>
    <message>
        <source>Storing the value</source>
        <translation>正在保存该值</translation>
    </message>
    <message>
        <source>This task definition has no task execution role (executionRoleArn). ECS needs one to read secrets: after the move the findings report it until you set a role that may call ssm:GetParameters or secretsmanager:GetSecretValue (and kms:Decrypt for a customer managed key).</source>
        <translation>此任务定义没有任务执行角色（executionRoleArn）。ECS 需要它来读取密钥：移动后，检查结果会一直报告此问题，直到您设置一个可以调用 ssm:GetParameters 或 secretsmanager:GetSecretValue（对于客户托管密钥还需 kms:Decrypt）的角色。</translation>
    </message>
    <message>
        <source>The task execution role must be allowed to read it (ssm:GetParameters or secretsmanager:GetSecretValue, and kms:Decrypt for a customer managed key).</source>
        <translation>任务执行角色必须有权读取它（ssm:GetParameters 或 secretsmanager:GetSecretValue，对于客户托管密钥还需 kms:Decrypt）。</translation>
    </message>
    <message>
        <source>No AWS account is connected. Create the SecureString parameter {0} yourself (Systems Manager console or &apos;aws ssm put-parameter&apos;), pasting the copied value.</source>
        <translation>未连接 AWS 账户。请自行创建 SecureString 参数 {0}（通过 Systems Manager 控制台或 &apos;aws ssm put-parameter&apos;），并粘贴复制的值。</translation>
    </message>
    <message>
        <source>No AWS account is connected. Create the secret {0} yourself (Secrets Manager console or &apos;aws secretsmanager create-secret&apos;), pasting the copied value.</source>
        <translation>未连接 AWS 账户。请自行创建密钥 {0}（通过 Secrets Manager 控制台或 &apos;aws secretsmanager create-secret&apos;），并粘贴复制的值。</translation>
    </message>
    <message>
        <source>The same value also appears at {0}; the move does not change those places.</source>
        <translation>相同的值还出现在 {0}；移动不会更改这些位置。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>The container&apos;s secrets are not a list; fix them in the JSON first.</source>
        <translation>该容器的 secrets 不是列表；请先在 JSON 中修正。</translation>
    </message>
    <message>
        <source>The variable is no longer in the container; close this and try again.</source>
        <translation>该变量已不在容器中；请关闭此窗口后重试。</translation>
    </message>
    <message>
        <source>No AWS account is connected any more.</source>
        <translation>AWS 账户已断开连接。</translation>
    </message>
    <message>
        <source>Storing the value as {0}...</source>
        <translation>正在将该值保存为 {0}...</translation>
    </message>
    <message>
        <source>Stored as {0}.</source>
        <translation>已保存为 {0}。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was moved. If the request had already reached AWS, the parameter or secret may exist now.</source>
        <translation>已取消；未移动任何内容。如果请求已到达 AWS，该参数或密钥现在可能已存在。</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <source>Network settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>The container&apos;s hostname (docker run --hostname).</source>
        <translation>容器的主机名 (docker run --hostname)。</translation>
    </message>
    <message>
        <source>e.g. web-1</source>
        <translation>例如 web-1</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>Name servers the container uses instead of the host&apos;s (--dns).</source>
        <translation>容器使用的名称服务器，替代主机的服务器 (--dns)。</translation>
    </message>
    <message>
        <source>comma-separated, e.g. {0}</source>
        <translation>以逗号分隔，例如 {0}</translation>
    </message>
    <message>
        <source>DNS search domains</source>
        <translation>DNS 搜索域</translation>
    </message>
    <message>
        <source>Domains searched for names without a dot, e.g. db finds db.internal.example.com (--dns-search).</source>
        <translation>解析不含点的名称时搜索的域，例如 db 会找到 db.internal.example.com (--dns-search)。</translation>
    </message>
    <message>
        <source>The name to resolve, e.g. db.local.</source>
        <translation>要解析的名称，例如 db.local。</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>The address the name resolves to, e.g. 10.0.1.15.</source>
        <translation>该名称解析到的地址，例如 10.0.1.15。</translation>
    </message>
    <message>
        <source>Extra hosts</source>
        <translation>额外主机</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <source>Entries added to the container&apos;s /etc/hosts file (--add-host).</source>
        <translation>添加到容器 /etc/hosts 文件中的条目 (--add-host)。</translation>
    </message>
    <message>
        <source>Not supported in network mode awsvpc (which Fargate always uses); available in bridge and host mode.</source>
        <translation>网络模式 awsvpc（Fargate 始终使用该模式）不支持此设置；可在 bridge 和 host 模式下使用。</translation>
    </message>
    <message>
        <source>Not supported on Fargate; available on EC2 and external instances.</source>
        <translation>Fargate 不支持此设置；可在 EC2 和外部实例上使用。</translation>
    </message>
</context>
<context>
    <name>OpenFromAccountDialog</name>
    <message>
        <source>Open from account</source>
        <translation>从账户打开</translation>
    </message>
    <message>
        <source>Open a registered revision as the draft of the family&apos;s next revision. Read-only members are removed; tags are kept.</source>
        <translation>将已注册的修订作为该系列下一个修订的草稿打开。只读成员会被删除；标签会保留。</translation>
    </message>
    <message>
        <source>&amp;Revisions (newest first)</source>
        <translation>修订（最新的在前）(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the families</source>
        <translation>重新加载系列</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the selected revision</source>
        <translation>打开所选修订</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Loading task definition families...</source>
        <translation>正在加载任务定义系列...</translation>
    </message>
    <message>
        <source>This account and region have no ACTIVE families.</source>
        <translation>此账户和区域中没有 ACTIVE 状态的系列。</translation>
    </message>
    <message>
        <source>Loading the revisions of {0}...</source>
        <translation>正在加载 {0} 的修订...</translation>
    </message>
    <message>
        <source>Revision {0}</source>
        <translation>修订 {0}</translation>
    </message>
    <message>
        <source>Opening {0}...</source>
        <translation>正在打开 {0}...</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Use the selected item</source>
        <translation>使用所选项</translation>
    </message>
    <message>
        <source>Nothing found in this account and region.</source>
        <translation>在此账户和区域中未找到任何内容。</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>PortsSection</name>
    <message>
        <source>Port mappings</source>
        <translation>端口映射</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>容器端口</translation>
    </message>
    <message>
        <source>The port the application listens on inside the container.</source>
        <translation>应用程序在容器内监听的端口。</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <source>Instead of a container port: a range of ports such as 8000-8099 (network mode awsvpc or bridge). Leave the host port empty: ECS maps the host ports of a range itself.</source>
        <translation>代替容器端口：一个端口范围，例如 8000-8099（网络模式 awsvpc 或 bridge）。请将主机端口留空：ECS 会自行映射端口范围的主机端口。</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>主机端口</translation>
    </message>
    <message>
        <source>bridge mode: the port on the instance; empty or 0 lets Docker pick a free one (dynamic mapping, for use behind a load balancer).</source>
        <translation>bridge 模式：实例上的端口；留空或设为 0 则由 Docker 选择一个空闲端口（动态映射，用于负载均衡器之后）。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Port name</source>
        <translation>端口名称</translation>
    </message>
    <message>
        <source>Needed for Service Connect: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, up to 64 characters.</source>
        <translation>Service Connect 需要此项：小写字母、数字、&apos;_&apos; 和 &apos;-&apos;，最多 64 个字符。</translation>
    </message>
    <message>
        <source>App protocol</source>
        <translation>应用程序协议</translation>
    </message>
    <message>
        <source>For Service Connect metrics and routing; none means plain TCP.</source>
        <translation>用于 Service Connect 指标和路由；none 表示普通 TCP。</translation>
    </message>
    <message>
        <source>Add port mapping</source>
        <translation>添加端口映射</translation>
    </message>
    <message>
        <source>Network mode none: the container has no outside network, so port mappings are not allowed.</source>
        <translation>网络模式 none：容器无法连接外部网络，因此不允许端口映射。</translation>
    </message>
    <message>
        <source>Network mode bridge: set a host port to publish the container port on the instance, or leave it empty for a dynamic port.</source>
        <translation>网络模式 bridge：设置主机端口以在实例上发布容器端口，或留空以使用动态端口。</translation>
    </message>
    <message>
        <source>Network mode {0}: the host port is always the container port, so only the container port is needed.</source>
        <translation>网络模式 {0}：主机端口始终与容器端口相同，因此只需设置容器端口。</translation>
    </message>
</context>
<context>
    <name>PreflightFailedDialog</name>
    <message>
        <source>Checks against the account failed</source>
        <translation>针对账户的检查失败</translation>
    </message>
    <message>
        <source>{0} check against the account failed: a task from this definition would probably not start. Nothing was sent yet.</source>
        <translation>有 {0} 项针对账户的检查失败：用此定义启动的任务很可能无法启动。尚未发送任何内容。</translation>
    </message>
    <message>
        <source>{0} checks against the account failed: a task from this definition would probably not start. Nothing was sent yet.</source>
        <translation>有 {0} 项针对账户的检查失败：用此定义启动的任务很可能无法启动。尚未发送任何内容。</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>转到字段</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然注册</translation>
    </message>
</context>
<context>
    <name>PreflightFlow</name>
    <message>
        <source>Not connected to an AWS account; nothing was checked.</source>
        <translation>未连接 AWS 账户；未检查任何内容。</translation>
    </message>
    <message>
        <source>Could not check: {0}</source>
        <translation>无法检查：{0}</translation>
    </message>
    <message>
        <source>Cancelled; the checks stopped.</source>
        <translation>已取消；检查已停止。</translation>
    </message>
    <message>
        <source>Checking against the account...</source>
        <translation>正在针对账户进行检查...</translation>
    </message>
    <message>
        <source>{0} passed, {1} failed, {2} skipped (account {3}, {4})</source>
        <translation>{0} 项通过，{1} 项失败，{2} 项跳过（账户 {3}，{4}）</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>Check against account</source>
        <translation>针对账户检查</translation>
    </message>
    <message>
        <source>Check roles, permissions, images, log groups, secrets and storage in the connected account (read-only; secret values are never read)</source>
        <translation>在已连接的账户中检查角色、权限、镜像、日志组、密钥和存储（只读；从不读取密钥值）</translation>
    </message>
    <message>
        <source>Check against the AWS account</source>
        <translation>针对 AWS 账户检查</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>已完成的检查</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the checks</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Stop the checks; nothing is changed either way</source>
        <translation>停止检查；无论如何都不会更改任何内容</translation>
    </message>
    <message>
        <source>Account check status</source>
        <translation>账户检查状态</translation>
    </message>
    <message>
        <source>Ask public registries (Docker Hub, public.ecr.aws, ghcr.io, quay.io)</source>
        <translation>查询公共注册表（Docker Hub、public.ecr.aws、ghcr.io、quay.io）</translation>
    </message>
    <message>
        <source>Ask these registries, anonymously, whether each image and tag exists and which platforms it has (manifests only, never layers)</source>
        <translation>以匿名方式向这些注册表询问每个镜像和标签是否存在、支持哪些平台（只读取清单，从不下载层）</translation>
    </message>
    <message>
        <source>Check before registering</source>
        <translation>注册前检查</translation>
    </message>
    <message>
        <source>Run these checks when you click Register, and ask before registering anyway</source>
        <translation>单击“注册”时运行这些检查，如有失败先询问是否仍然注册</translation>
    </message>
    <message>
        <source>The draft changed since this check: run it again to see where it stands.</source>
        <translation>自此次检查以来草稿已更改：请重新运行以查看当前状况。</translation>
    </message>
</context>
<context>
    <name>PriceSection</name>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>How many copies of this task run at once.</source>
        <translation>同时运行的此任务副本数。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>On-demand price</source>
        <translation>按需价格</translation>
    </message>
    <message>
        <source>Fargate Spot price</source>
        <translation>Fargate Spot 价格</translation>
    </message>
    <message>
        <source>Price note</source>
        <translation>价格说明</translation>
    </message>
    <message>
        <source>Prices used</source>
        <translation>所用价格</translation>
    </message>
    <message>
        <source>Refresh prices</source>
        <translation>刷新价格</translation>
    </message>
    <message>
        <source>Read the current Fargate prices of this region from the AWS Price List API.</source>
        <translation>从 AWS Price List API 读取此区域当前的 Fargate 价格。</translation>
    </message>
    <message>
        <source>Price refresh status</source>
        <translation>价格刷新状态</translation>
    </message>
    <message>
        <source>Prices are for Fargate; this task does not require Fargate.</source>
        <translation>价格适用于 Fargate；此任务不要求 Fargate。</translation>
    </message>
    <message>
        <source>Set the task CPU and memory to see the price.</source>
        <translation>请设置任务 CPU 和内存以查看价格。</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Fargate Spot</translation>
    </message>
    <message>
        <source>This is not a valid Fargate size; priced as given.</source>
        <translation>这不是有效的 Fargate 大小；按所填值计价。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} tasks</source>
        <translation>{0} 个任务</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 个任务</translation>
    </message>
    <message>
        <source>{0}: {1}/hour · {2}/month ({3})</source>
        <translation>{0}：{1}/小时 · {2}/月（{3}）</translation>
    </message>
    <message>
        <source>, approximate</source>
        <translation>，为近似值</translation>
    </message>
    <message>
        <source>Prices: {0}.</source>
        <translation>价格：{0}。</translation>
    </message>
    <message>
        <source>Spot snapshot</source>
        <translation>Fargate Spot 快照</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <source>Prices for {0}: {1}; {2}.</source>
        <translation>{0} 的价格：{1}；{2}。</translation>
    </message>
    <message>
        <source>Reading prices for {0}…</source>
        <translation>正在读取 {0} 的价格…</translation>
    </message>
    <message>
        <source>Prices for {0} refreshed.</source>
        <translation>已刷新 {0} 的价格。</translation>
    </message>
    <message>
        <source>Refresh failed: {0}</source>
        <translation>刷新失败：{0}</translation>
    </message>
</context>
<context>
    <name>PriceTexts</name>
    <message>
        <source>shipped price data</source>
        <translation>内置价格数据</translation>
    </message>
    <message>
        <source>AWS Price List API</source>
        <translation>AWS Price List API</translation>
    </message>
    <message>
        <source>{0}, refreshed {1}</source>
        <translation>{0}，刷新于 {1}</translation>
    </message>
    <message>
        <source>from today</source>
        <translation>今天的数据</translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>{0} days old</source>
        <translation>{0} 天前</translation>
    </message>
    <message>
        <source>about {0} months old</source>
        <translation>约 {0} 个月前</translation>
    </message>
    <message>
        <source>about {0} years old</source>
        <translation>约 {0} 年前</translation>
    </message>
    <message>
        <source>Fargate Spot does not run {0} tasks.</source>
        <translation>Fargate Spot 不运行 {0} 任务。</translation>
    </message>
    <message>
        <source>The {0} has no {1} {2} price for {3}.</source>
        <translation>{0}中没有 {3} 的 {1} {2} 价格。</translation>
    </message>
    <message>
        <source>No Fargate prices for region &apos;{0}&apos; in the {1}; it has {2}. Refresh the prices from the AWS Price List API.</source>
        <translation>{1}中没有区域“{0}”的 Fargate 价格；现有区域：{2}。请从 AWS Price List API 刷新价格。</translation>
    </message>
    <message>
        <source>ephemeral storage above {0} GiB ({1} GiB): no price for {2}</source>
        <translation>超过 {0} GiB 的临时存储（{1} GiB）：没有 {2} 的价格</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Windows licence</source>
        <translation>Windows 许可证</translation>
    </message>
    <message>
        <source>Storage above 20 GiB</source>
        <translation>超过 20 GiB 的存储</translation>
    </message>
    <message>
        <source>{0}: {1} {2} × ${3} × {4} = {5}/hour</source>
        <translation>{0}：{1} {2} × ${3} × {4} = {5}/小时</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune {0}</source>
        <translation>清理 {0}</translation>
    </message>
    <message>
        <source>Deregister the ACTIVE revisions older than the newest ones you keep, unless a service (in any cluster, any deployment) or a running task uses them. Revisions in use are never touched.</source>
        <translation>取消注册早于所保留的最新修订版的 ACTIVE 修订版，除非有服务（任何集群、任何部署）或正在运行的任务在使用它们。正在使用的修订版永远不会被改动。</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>保留最新的(&amp;K)</translation>
    </message>
    <message>
        <source>Also &amp;delete INACTIVE revisions</source>
        <translation>同时删除 INACTIVE 修订版(&amp;D)</translation>
    </message>
    <message>
        <source>The plan: what happens to each revision</source>
        <translation>计划：每个修订版将如何处理</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>What the prune did</source>
        <translation>清理的结果</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>清理…</translation>
    </message>
    <message>
        <source>To deregister: {0}; to delete: {1}.</source>
        <translation>将取消注册：{0}；将删除：{1}。</translation>
    </message>
    <message>
        <source>Nothing to do with these settings.</source>
        <translation>按这些设置无需任何操作。</translation>
    </message>
    <message>
        <source>Deregister {0} and delete {1} of {2}, as listed?</source>
        <translation>按列表取消注册 {2} 的 {0}，并删除 {1}？</translation>
    </message>
    <message>
        <source>Revisions that came into use since the list was loaded are skipped.</source>
        <translation>列表加载后开始被使用的修订版会被跳过。</translation>
    </message>
    <message>
        <source>Pruning {0}...</source>
        <translation>正在清理 {0}...</translation>
    </message>
    <message>
        <source>{0} revision</source>
        <translation>{0} 个修订版</translation>
    </message>
    <message>
        <source>{0} revisions</source>
        <translation>{0} 个修订版</translation>
    </message>
    <message>
        <source>Deregistered: {0}; deleted: {1}.</source>
        <translation>已取消注册：{0}；已删除：{1}。</translation>
    </message>
    <message>
        <source>Deregistered {0}</source>
        <translation>已取消注册 {0}</translation>
    </message>
    <message>
        <source>Deleted {0}</source>
        <translation>已删除 {0}</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>已跳过 {0}：{1}</translation>
    </message>
    <message>
        <source>Failed {0}: {1}</source>
        <translation>失败 {0}：{1}</translation>
    </message>
    <message>
        <source>The answer for {0} was lost: it may have been carried out.</source>
        <translation>{0} 的响应丢失：该操作可能已经执行。</translation>
    </message>
    <message>
        <source>Not attempted: {0}</source>
        <translation>未尝试：{0}</translation>
    </message>
    <message>
        <source>The prune stopped; see the list above.</source>
        <translation>清理已停止；请查看上面的列表。</translation>
    </message>
    <message>
        <source>Done, but ECS refused some deletions.</source>
        <translation>已完成，但 ECS 拒绝了部分删除。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使用的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Removed {0} missing file from the recent files: {1}</source>
        <translation>已从最近使用的文件中删除 {0} 个不存在的文件：{1}</translation>
    </message>
    <message>
        <source>Removed {0} missing files from the recent files: {1}</source>
        <translation>已从最近使用的文件中删除 {0} 个不存在的文件：{1}</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近使用的文件</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <source>Register despite warnings?</source>
        <translation>仍要注册吗（存在警告）？</translation>
    </message>
    <message>
        <source>AWS accepts this task definition, but these are documented risks or unsupported combinations. Register anyway, or go and fix them.</source>
        <translation>AWS 会接受此任务定义，但以下是有文档记载的风险或不受支持的组合。您可以仍然注册，或先去修复它们。</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然注册</translation>
    </message>
</context>
<context>
    <name>RegisterFlow</name>
    <message>
        <source>Not connected to an AWS account; nothing was sent.</source>
        <translation>未连接到 AWS 账户；未发送任何内容。</translation>
    </message>
    <message>
        <source>Comparing with the latest revision of {0}...</source>
        <translation>正在与 {0} 的最新修订进行比较...</translation>
    </message>
    <message>
        <source>Checking against the account before registering...</source>
        <translation>注册前正在针对账户进行检查...</translation>
    </message>
    <message>
        <source>Cannot register yet</source>
        <translation>暂时无法注册</translation>
    </message>
    <message>
        <source>Unrendered placeholders</source>
        <translation>未渲染的占位符</translation>
    </message>
    <message>
        <source>The draft still holds template placeholders ({0}); ECS would take them literally. Replace them with real values. Nothing was sent.</source>
        <translation>草稿中仍有模板占位符（{0}）；ECS 会按字面使用它们。请将其替换为实际值。未发送任何内容。</translation>
    </message>
    <message>
        <source>Not registered: replace the placeholders first.</source>
        <translation>未注册：请先替换占位符。</translation>
    </message>
    <message>
        <source>Not registered; nothing was sent.</source>
        <translation>未注册；未发送任何内容。</translation>
    </message>
    <message>
        <source>The family {0} has no ACTIVE revision yet: this registers its first revision.</source>
        <translation>系列 {0} 还没有 ACTIVE 状态的修订：此操作将注册其第一个修订。</translation>
    </message>
    <message>
        <source>No changes from revision {0} of {1}. ECS still registers a new revision.</source>
        <translation>与 {1} 的修订 {0} 相比没有更改。ECS 仍会注册一个新修订。</translation>
    </message>
    <message>
        <source>Not registered: {0} check against the account failed.</source>
        <translation>未注册：有 {0} 项针对账户的检查失败。</translation>
    </message>
    <message>
        <source>Not registered: {0} checks against the account failed.</source>
        <translation>未注册：有 {0} 项针对账户的检查失败。</translation>
    </message>
    <message>
        <source>AWS would refuse this task definition: {0} error below. Nothing was sent. Go to the field to fix it.</source>
        <translation>AWS 会拒绝此任务定义：下方有 {0} 个错误。未发送任何内容。请转到相应字段进行修复。</translation>
    </message>
    <message>
        <source>AWS would refuse this task definition: {0} errors below. Nothing was sent. Go to a field to fix it.</source>
        <translation>AWS 会拒绝此任务定义：下方有 {0} 个错误。未发送任何内容。请转到相应字段进行修复。</translation>
    </message>
    <message>
        <source>Not registered: fix the error first.</source>
        <translation>未注册：请先修复这个错误。</translation>
    </message>
    <message>
        <source>Not registered: fix the {0} errors first.</source>
        <translation>未注册：请先修复这 {0} 个错误。</translation>
    </message>
    <message>
        <source>{0} change from revision {1} of {2}:</source>
        <translation>与 {2} 的修订 {1} 相比有 {0} 处更改：</translation>
    </message>
    <message>
        <source>{0} changes from revision {1} of {2}:</source>
        <translation>与 {2} 的修订 {1} 相比有 {0} 处更改：</translation>
    </message>
    <message>
        <source>this draft</source>
        <translation>此草稿</translation>
    </message>
    <message>
        <source>Waiting for your confirmation...</source>
        <translation>正在等待您确认...</translation>
    </message>
    <message>
        <source>Cannot compare with the latest revision ({0}). Registering still makes a new revision.</source>
        <translation>无法与最新修订进行比较（{0}）。注册仍会创建一个新修订。</translation>
    </message>
    <message>
        <source>Registering {0}...</source>
        <translation>正在注册 {0}...</translation>
    </message>
    <message>
        <source>Registered {0}, revision {1}: {2}</source>
        <translation>已注册 {0}，修订 {1}：{2}</translation>
    </message>
    <message>
        <source>The registration may or may not have been made: check the family&apos;s revisions (Account &gt; Open from account...) before registering again. Your draft is unchanged.</source>
        <translation>注册可能已完成，也可能未完成：再次注册前，请先查看该系列的修订（“账户 &gt; 从账户打开...”）。草稿未更改。</translation>
    </message>
    <message>
        <source>Nothing was registered; your draft is unchanged.</source>
        <translation>未注册任何内容；草稿未更改。</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>注册失败</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached AWS, the revision may exist; Account &gt; Open from account... lists the family&apos;s revisions.</source>
        <translation>已取消。如果请求已到达 AWS，该修订可能已经存在；“账户 &gt; 从账户打开...”会列出该系列的修订。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>已取消；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Register...</source>
        <translation>注册...</translation>
    </message>
    <message>
        <source>Register this task definition as the next revision of its family</source>
        <translation>将此任务定义注册为其系列的下一个修订</translation>
    </message>
    <message>
        <source>Register in the AWS account</source>
        <translation>在 AWS 账户中注册</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>RegisteredDialog</name>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Registered revision {revision} of {family}.</source>
        <translation>已注册 {family} 的修订 {revision}。</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the {0}</source>
        <translation>复制{0}</translation>
    </message>
</context>
<context>
    <name>ResourcesSection</name>
    <message>
        <source>Resource allocation limits</source>
        <translation>资源分配限制</translation>
    </message>
    <message>
        <source>CPU units</source>
        <translation>CPU 单位</translation>
    </message>
    <message>
        <source>CPU reserved for this container; 1024 units are one vCPU. On Linux it is a relative share: the container may use idle CPU beyond it. Optional on Fargate, where containers share the task&apos;s CPU.</source>
        <translation>为此容器预留的 CPU；1024 单位为 1 个 vCPU。在 Linux 上它是相对份额：容器可以使用超出此值的空闲 CPU。在 Fargate 上为可选项，各容器共享任务的 CPU。</translation>
    </message>
    <message>
        <source>e.g. 256 (optional)</source>
        <translation>例如 256（可选）</translation>
    </message>
    <message>
        <source>e.g. 1 (EC2 GPU instances only)</source>
        <translation>例如 1（仅限 EC2 GPU 实例）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Number of physical GPUs reserved for the container (resourceRequirements, type GPU). Needs EC2 GPU instances; Fargate has no GPUs.</source>
        <translation>为容器预留的物理 GPU 数量（resourceRequirements，类型为 GPU）。需要 EC2 GPU 实例；Fargate 没有 GPU。</translation>
    </message>
    <message>
        <source>Memory hard limit (MiB)</source>
        <translation>内存硬限制 (MiB)</translation>
    </message>
    <message>
        <source>The most memory the container may use (API: memory).</source>
        <translation>容器最多可使用的内存（API：memory）。</translation>
    </message>
    <message>
        <source>Memory set aside for the container (API: memoryReservation).</source>
        <translation>为容器预留的内存（API：memoryReservation）。</translation>
    </message>
    <message>
        <source>e.g. 512 (optional)</source>
        <translation>例如 512（可选）</translation>
    </message>
    <message>
        <source>If the container tries to use more than this, it is killed.</source>
        <translation>如果容器尝试使用超过此值的内存，它将被终止。</translation>
    </message>
    <message>
        <source>Memory soft limit (MiB)</source>
        <translation>内存软限制 (MiB)</translation>
    </message>
    <message>
        <source>Reserved for the container; it may use more, up to the hard limit, while the host has memory free.</source>
        <translation>为容器预留的内存；主机有空闲内存时，容器可以使用更多内存，最多达到硬限制。</translation>
    </message>
    <message>
        <source>= {0}</source>
        <translation>= {0}</translation>
    </message>
</context>
<context>
    <name>RestartSection</name>
    <message>
        <source>Restart policy</source>
        <translation>重启策略</translation>
    </message>
    <message>
        <source>Restart the container when it exits</source>
        <translation>容器退出时重启容器</translation>
    </message>
    <message>
        <source>ECS restarts the container in place instead of replacing the task. Not for Windows containers on Fargate.</source>
        <translation>ECS 会就地重启容器，而不是替换任务。不适用于 Fargate 上的 Windows 容器。</translation>
    </message>
    <message>
        <source>e.g. 0, 143</source>
        <translation>例如 0, 143</translation>
    </message>
    <message>
        <source>Ignored exit codes</source>
        <translation>忽略的退出代码</translation>
    </message>
    <message>
        <source>Exit codes that do not cause a restart (at most 50), comma-separated.</source>
        <translation>不会触发重启的退出代码（最多 50 个），以逗号分隔。</translation>
    </message>
    <message>
        <source>Reset period (seconds)</source>
        <translation>重置周期（秒）</translation>
    </message>
    <message>
        <source>The container must run this long before it may be restarted again: 60 to 1800 seconds.</source>
        <translation>容器必须至少运行这么长时间才能再次重启：60 到 1800 秒。</translation>
    </message>
    <message>
        <source>300 (default)</source>
        <translation>300（默认）</translation>
    </message>
</context>
<context>
    <name>ReviewChanges</name>
    <message>
        <source>Changes since the revision the draft came from</source>
        <translation>自草稿来源修订版以来的更改</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>The changes side by side</source>
        <translation>并排显示更改</translation>
    </message>
    <message>
        <source>Run once…</source>
        <translation>运行一次…</translation>
    </message>
    <message>
        <source>Run revision {0} once…</source>
        <translation>运行一次修订版 {0}…</translation>
    </message>
    <message>
        <source>{0} change since revision {1}.</source>
        <translation>自修订版 {1} 以来有 {0} 处更改。</translation>
    </message>
    <message>
        <source>{0} changes since revision {1}.</source>
        <translation>自修订版 {1} 以来有 {0} 处更改。</translation>
    </message>
    <message>
        <source>No changes since revision {0}.</source>
        <translation>自修订版 {0} 以来没有更改。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and create</source>
        <translation>检查并创建</translation>
    </message>
    <message>
        <source>This is the JSON that Export writes and register-task-definition takes. Fix the findings below (Enter or double-click jumps to the field), then export it.</source>
        <translation>这是“导出”所写入、register-task-definition 所接受的 JSON。请修复下方的检查结果（按 Enter 或双击可跳转到字段），然后导出。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Why the export is not ready</source>
        <translation>尚不能导出的原因</translation>
    </message>
    <message>
        <source>Task definition JSON</source>
        <translation>任务定义 JSON</translation>
    </message>
    <message>
        <source>The JSON that Export saves and Register sends (read only).</source>
        <translation>导出时保存、注册时发送的 JSON（只读）。</translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation>将 JSON 复制到剪贴板</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>导出 JSON...</translation>
    </message>
    <message>
        <source>Save the JSON for aws ecs register-task-definition --cli-input-json</source>
        <translation>保存供 aws ecs register-task-definition --cli-input-json 使用的 JSON</translation>
    </message>
    <message>
        <source>Export the JSON to a file</source>
        <translation>将 JSON 导出到文件</translation>
    </message>
    <message>
        <source>Not exportable yet; this is the draft as entered. Fix this first: {0}</source>
        <translation>尚不能导出；此处显示的是所输入的草稿。请先修复：{0}</translation>
    </message>
    <message>
        <source>1 error must be fixed before AWS accepts this</source>
        <translation>必须修复 1 个错误，AWS 才会接受此任务定义</translation>
    </message>
    <message>
        <source>{0} errors must be fixed before AWS accepts this</source>
        <translation>必须修复 {0} 个错误，AWS 才会接受此任务定义</translation>
    </message>
    <message>
        <source>Ready to register</source>
        <translation>可以注册</translation>
    </message>
    <message>
        <source> (1 warning worth a look)</source>
        <translation> （有 1 个警告值得查看）</translation>
    </message>
    <message>
        <source> ({0} warnings worth a look)</source>
        <translation> （有 {0} 个警告值得查看）</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>RevisionsUi</name>
    <message>
        <source>&amp;Revisions...</source>
        <translation>修订版(&amp;R)...</translation>
    </message>
    <message>
        <source>A family&apos;s revisions: where each is used, compare, prune, run once</source>
        <translation>一个系列的修订版：各自的使用位置、比较、清理、运行一次</translation>
    </message>
    <message>
        <source>Revisions...</source>
        <translation>修订版...</translation>
    </message>
    <message>
        <source>The family&apos;s registered revisions: compare with the draft, prune, run once</source>
        <translation>该系列已注册的修订版：与草稿比较、清理、运行一次</translation>
    </message>
</context>
<context>
    <name>RevisionsWindow</name>
    <message>
        <source>Revisions</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered (UTC)</source>
        <translation>注册时间（UTC）</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>&amp;Revisions (newest first) and where they are used</source>
        <translation>修订版（最新在前）及其使用位置(&amp;R)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Compare with the draft</source>
        <translation>与草稿比较</translation>
    </message>
    <message>
        <source>Deregister…</source>
        <translation>取消注册…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>清理…</translation>
    </message>
    <message>
        <source>Run once…</source>
        <translation>运行一次…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Loading task definition families...</source>
        <translation>正在加载任务定义系列...</translation>
    </message>
    <message>
        <source>Loading the revisions of {0} and where they are used...</source>
        <translation>正在加载 {0} 的修订版及其使用位置...</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>未被使用</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>由 {0} 注册</translation>
    </message>
    <message>
        <source>In use by {0}: ECS still needs it.</source>
        <translation>正在被使用：{0}；ECS 仍需要它。</translation>
    </message>
    <message>
        <source>Make the revision INACTIVE</source>
        <translation>将该修订版设为 INACTIVE</translation>
    </message>
    <message>
        <source>Delete an INACTIVE revision for good (DeleteTaskDefinitions)</source>
        <translation>永久删除 INACTIVE 修订版（DeleteTaskDefinitions）</translation>
    </message>
    <message>
        <source>Opening {0}...</source>
        <translation>正在打开 {0}...</translation>
    </message>
    <message>
        <source>The family has no other revision.</source>
        <translation>该系列没有其他修订版。</translation>
    </message>
    <message>
        <source>Compare {0} with:</source>
        <translation>将 {0} 与以下修订版比较：</translation>
    </message>
    <message>
        <source>Comparing {0} with {1}...</source>
        <translation>正在比较 {0} 与 {1}...</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Comparing {0} with the draft...</source>
        <translation>正在比较 {0} 与草稿...</translation>
    </message>
    <message>
        <source>Deregister {0}</source>
        <translation>取消注册 {0}</translation>
    </message>
    <message>
        <source>Deregister {0}? It becomes INACTIVE: no new task or service can use it. Nothing uses it now.</source>
        <translation>取消注册 {0}？它将变为 INACTIVE：新的任务或服务都不能再使用它。目前没有任何对象在使用它。</translation>
    </message>
    <message>
        <source>Deregistered {0}.</source>
        <translation>已取消注册 {0}。</translation>
    </message>
    <message>
        <source>Deregistering {0}...</source>
        <translation>正在取消注册 {0}...</translation>
    </message>
    <message>
        <source>{0}: {1} revision.</source>
        <translation>{0}：{1} 个修订版。</translation>
    </message>
    <message>
        <source>{0}: {1} revisions.</source>
        <translation>{0}：{1} 个修订版。</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <source>Delete {0} for good? This cannot be undone.</source>
        <translation>永久删除 {0}？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleting {0}...</source>
        <translation>正在删除 {0}...</translation>
    </message>
    <message>
        <source>ECS did not delete {0}: {1}</source>
        <translation>ECS 未删除 {0}：{1}</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>已删除 {0}。</translation>
    </message>
</context>
<context>
    <name>RolePickerDialog</name>
    <message>
        <source>Create {0}...</source>
        <translation>创建 {0}...</translation>
    </message>
    <message>
        <source>Create the default task execution role</source>
        <translation>创建默认的任务执行角色</translation>
    </message>
    <message>
        <source>No role here trusts {0}.</source>
        <translation>此处没有信任 {0} 的角色。</translation>
    </message>
    <message>
        <source>Creating {0}...</source>
        <translation>正在创建 {0}...</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove {noun} {row}</source>
        <translation>删除{noun} {row}</translation>
    </message>
    <message>
        <source>{header} of {noun} {row}</source>
        <translation>{noun} {row} 的{header}</translation>
    </message>
</context>
<context>
    <name>RunOnceDialog</name>
    <message>
        <source>Run once: {0}</source>
        <translation>运行一次：{0}</translation>
    </message>
    <message>
        <source>Run once</source>
        <translation>运行一次</translation>
    </message>
    <message>
        <source>Loading clusters, subnets and security groups...</source>
        <translation>正在加载集群、子网和安全组...</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>Cluster default</source>
        <translation>集群默认</translation>
    </message>
    <message>
        <source>&amp;Launch type</source>
        <translation>启动类型(&amp;L)</translation>
    </message>
    <message>
        <source>Assign a &amp;public IP</source>
        <translation>分配公有 IP(&amp;P)</translation>
    </message>
    <message>
        <source>Su&amp;bnets</source>
        <translation>子网(&amp;B)</translation>
    </message>
    <message>
        <source>Security &amp;groups</source>
        <translation>安全组(&amp;G)</translation>
    </message>
    <message>
        <source>Start task</source>
        <translation>启动任务</translation>
    </message>
    <message>
        <source>Stop task…</source>
        <translation>停止任务…</translation>
    </message>
    <message>
        <source>The task&apos;s statuses, with their times</source>
        <translation>任务的各个状态及其时间</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Log lines per container</source>
        <translation>各容器的日志行</translation>
    </message>
    <message>
        <source>Still watching.</source>
        <translation>仍在跟踪。</translation>
    </message>
    <message>
        <source>Only for the awsvpc network mode</source>
        <translation>仅适用于 awsvpc 网络模式</translation>
    </message>
    <message>
        <source>Choose where to run it, then Start task.</source>
        <translation>选择运行位置，然后点击“启动任务”。</translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation>请先选择集群。</translation>
    </message>
    <message>
        <source>Starting the task...</source>
        <translation>正在启动任务...</translation>
    </message>
    <message>
        <source>Log lines of {0}</source>
        <translation>{0} 的日志行</translation>
    </message>
    <message>
        <source>No awslogs stream prefix: the logs of {0} cannot be shown.</source>
        <translation>没有 awslogs 流前缀：无法显示 {0} 的日志。</translation>
    </message>
    <message>
        <source>Started {0}.</source>
        <translation>已启动 {0}。</translation>
    </message>
    <message>
        <source>{0} (not essential)</source>
        <translation>{0}（非必需）</translation>
    </message>
    <message>
        <source>Stop task</source>
        <translation>停止任务</translation>
    </message>
    <message>
        <source>Stop task {0} in cluster {1}?</source>
        <translation>停止集群 {1} 中的任务 {0}？</translation>
    </message>
    <message>
        <source>Asked ECS to stop the task.</source>
        <translation>已请求 ECS 停止该任务。</translation>
    </message>
    <message>
        <source>Stopping the task...</source>
        <translation>正在停止任务...</translation>
    </message>
    <message>
        <source>The task keeps running</source>
        <translation>任务仍在运行</translation>
    </message>
    <message>
        <source>Task {0} keeps running in cluster {1}.</source>
        <translation>任务 {0} 仍在集群 {1} 中运行。</translation>
    </message>
    <message>
        <source>To stop it: {0}</source>
        <translation>要停止它：{0}</translation>
    </message>
</context>
<context>
    <name>SecretPickerDialog</name>
    <message>
        <source>Where the value is kept</source>
        <translation>值的存放位置</translation>
    </message>
    <message>
        <source>AWS Secrets Manager</source>
        <translation>AWS Secrets Manager</translation>
    </message>
    <message>
        <source>SSM Parameter Store</source>
        <translation>SSM Parameter Store</translation>
    </message>
</context>
<context>
    <name>SizeAdvisorDialog</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>On-demand / hour</source>
        <translation>按需 / 小时</translation>
    </message>
    <message>
        <source>On-demand / month</source>
        <translation>按需 / 月</translation>
    </message>
    <message>
        <source>Spot / month</source>
        <translation>Spot / 月</translation>
    </message>
    <message>
        <source>CPU headroom</source>
        <translation>CPU 余量</translation>
    </message>
    <message>
        <source>Memory headroom</source>
        <translation>内存余量</translation>
    </message>
    <message>
        <source>Size advisor</source>
        <translation>大小建议</translation>
    </message>
    <message>
        <source>Headroom above the containers&apos; sums</source>
        <translation>在容器总和之上的余量</translation>
    </message>
    <message>
        <source>Headroom percentage</source>
        <translation>余量百分比</translation>
    </message>
    <message>
        <source>Fargate sizes that fit, cheapest first</source>
        <translation>合适的 Fargate 大小（最便宜的在前）</translation>
    </message>
    <message>
        <source>No container declares CPU or memory: every size fits.</source>
        <translation>没有容器声明 CPU 或内存：所有大小都合适。</translation>
    </message>
    <message>
        <source>{0} tasks</source>
        <translation>{0} 个任务</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 个任务</translation>
    </message>
    <message>
        <source>Containers: Σ CPU {0} units, Σ reserved memory {1} MiB, largest hard limit {2} MiB. With headroom a size needs at least {3} CPU units and {4} MiB. Prices for {5}, {6}, cheapest first.</source>
        <translation>容器：Σ CPU {0} 单位，Σ 预留内存 {1} MiB，最大硬限制 {2} MiB。加上余量后，大小至少需要 {3} CPU 单位和 {4} MiB。价格按 {5}、{6} 计算，最便宜的在前。</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> （当前）</translation>
    </message>
    <message>
        <source>{0} units ({1:.0f} %)</source>
        <translation>{0} 单位（{1:.0f} %）</translation>
    </message>
    <message>
        <source>{0} MiB ({1:.0f} %)</source>
        <translation>{0} MiB（{1:.0f} %）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply {0} on {1}</source>
        <translation>在 {1} 上应用 {0}</translation>
    </message>
    <message>
        <source>task size {0} on {1}</source>
        <translation>任务大小 {0}（{1}）</translation>
    </message>
</context>
<context>
    <name>SizeMapCanvas</name>
    <message>
        <source>Fargate task sizes: CPU across, memory down. Arrow keys move between sizes, Enter chooses one.</source>
        <translation>Fargate 任务大小：横向为 CPU，纵向为内存。方向键在大小之间移动，回车键选择。</translation>
    </message>
    <message>
        <source>Size map</source>
        <translation>大小图</translation>
    </message>
    <message>
        <source>{0} per hour</source>
        <translation>每小时 {0}</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>容得下</translation>
    </message>
    <message>
        <source>too small for the containers</source>
        <translation>容不下这些容器</translation>
    </message>
    <message>
        <source>current size</source>
        <translation>当前大小</translation>
    </message>
    <message>
        <source>cheapest that fits</source>
        <translation>容得下的最便宜大小</translation>
    </message>
    <message>
        <source>{0} per month</source>
        <translation>每月 {0}</translation>
    </message>
    <message>
        <source>Click or press Enter to use this size.</source>
        <translation>单击或按回车键使用此大小。</translation>
    </message>
    <message>
        <source>The containers&apos; CPU adds up to {0} units; this size has {1}.</source>
        <translation>容器的 CPU 合计 {0} 个单位；此大小只有 {1} 个。</translation>
    </message>
    <message>
        <source>The containers reserve {0} MiB of memory together; this size has {1} MiB.</source>
        <translation>容器共预留 {0} MiB 内存；此大小只有 {1} MiB。</translation>
    </message>
    <message>
        <source>Container {0} has a hard memory limit of {1} MiB; this size has {2} MiB.</source>
        <translation>容器 {0} 的内存硬限制为 {1} MiB；此大小只有 {2} MiB。</translation>
    </message>
    <message>
        <source>no prices</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>{0} to {1} per month</source>
        <translation>每月 {0} 至 {1}</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
</context>
<context>
    <name>SizeMapView</name>
    <message>
        <source>Size map note</source>
        <translation>大小图说明</translation>
    </message>
    <message>
        <source>What the containers need</source>
        <translation>容器所需资源</translation>
    </message>
    <message>
        <source>Prices shown</source>
        <translation>所示价格</translation>
    </message>
    <message>
        <source>The size map shows Fargate sizes. On Amazon ECS Managed Instances the task size is free: any CPU units and memory the instances can give.</source>
        <translation>大小图显示的是 Fargate 大小。在 Amazon ECS 托管实例上任务大小可自由设置：实例能提供的任意 CPU 单位和内存。</translation>
    </message>
    <message>
        <source>The size map shows Fargate sizes. ECS Anywhere (EXTERNAL) tasks take any CPU units and memory your own servers have, so there is no table to pick from.</source>
        <translation>大小图显示的是 Fargate 大小。ECS Anywhere（EXTERNAL）任务可使用您自己服务器上的任意 CPU 单位和内存，因此没有可供选择的表格。</translation>
    </message>
    <message>
        <source>The size map shows Fargate sizes. On EC2 the task size is free: any CPU units and memory the container instances can give, or none at task level.</source>
        <translation>大小图显示的是 Fargate 大小。在 EC2 上任务大小可自由设置：容器实例能提供的任意 CPU 单位和内存，也可不在任务级别设置。</translation>
    </message>
    <message>
        <source>No container declares CPU or memory yet, so every size fits.</source>
        <translation>尚无容器声明 CPU 或内存，因此每个大小都容得下。</translation>
    </message>
    <message>
        <source>The containers need {0} CPU units and {1} MiB of reserved memory.</source>
        <translation>容器需要 {0} 个 CPU 单位和 {1} MiB 预留内存。</translation>
    </message>
    <message>
        <source>Container {0} has the largest hard limit, {1} MiB.</source>
        <translation>容器 {0} 的硬限制最大，为 {1} MiB。</translation>
    </message>
    <message>
        <source>The task size {0} / {1} is not on the map.</source>
        <translation>任务大小 {0} / {1} 不在图中。</translation>
    </message>
    <message>
        <source>No prices, so the cells are not shaded. {0}</source>
        <translation>没有价格，因此格子不着色。{0}</translation>
    </message>
    <message>
        <source>Shade: on-demand price per month of one task in {0}, {1} ({2}, {3}{4}).</source>
        <translation>颜色深浅：{0} 中一个 {1} 任务每月的按需价格（{2}，{3}{4}）。</translation>
    </message>
    <message>
        <source>, {0}</source>
        <translation>，{0}</translation>
    </message>
    <message>
        <source>The prices are approximate.</source>
        <translation>这些价格是近似值。</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Choose the task size {0}</source>
        <translation>选择任务大小 {0}</translation>
    </message>
</context>
<context>
    <name>SizeMapWindow</name>
    <message>
        <source>Size map</source>
        <translation>大小图</translation>
    </message>
</context>
<context>
    <name>SizingPanel</name>
    <message>
        <source>{0}–{1} GB in {2} steps</source>
        <translation>{0}–{1} GB，以 {2} 为增量</translation>
    </message>
    <message>
        <source>{0}–{1} MiB in {2} MiB steps</source>
        <translation>{0}–{1} MiB，以 {2} MiB 为增量</translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation>大小调整</translation>
    </message>
    <message>
        <source>Task size</source>
        <translation>任务大小</translation>
    </message>
    <message>
        <source>Task CPU</source>
        <translation>任务 CPU</translation>
    </message>
    <message>
        <source>Task memory</source>
        <translation>任务内存</translation>
    </message>
    <message>
        <source>Launch type and operating system</source>
        <translation>启动类型和操作系统</translation>
    </message>
    <message>
        <source>Valid Fargate CPU values</source>
        <translation>有效的 Fargate CPU 值</translation>
    </message>
    <message>
        <source>Valid Fargate memory values</source>
        <translation>有效的 Fargate 内存值</translation>
    </message>
    <message>
        <source>Task size problem</source>
        <translation>任务大小问题</translation>
    </message>
    <message>
        <source>Size map…</source>
        <translation>大小图…</translation>
    </message>
    <message>
        <source>Every Fargate size as a picture: price, what fits, the current size</source>
        <translation>以图显示每个 Fargate 大小：价格、容得下的大小、当前大小</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Sum of container CPU</source>
        <translation>容器 CPU 总和</translation>
    </message>
    <message>
        <source>Sum of soft limits</source>
        <translation>软限制总和</translation>
    </message>
    <message>
        <source>Sum of hard limits</source>
        <translation>硬限制总和</translation>
    </message>
    <message>
        <source>Sum of reserved memory</source>
        <translation>预留内存总和</translation>
    </message>
    <message>
        <source>Σ of the containers&apos; CPU units; must not exceed the task CPU (API: cpu).</source>
        <translation>各容器 CPU 单位的总和 (Σ)；不得超过任务 CPU（API：cpu）。</translation>
    </message>
    <message>
        <source>Σ of the containers&apos; soft limits; must not exceed the task memory (API: memoryReservation).</source>
        <translation>各容器软限制的总和 (Σ)；不得超过任务内存（API：memoryReservation）。</translation>
    </message>
    <message>
        <source>Σ of the containers&apos; hard limits. It may exceed the task memory (containers rarely peak together), but then one may be killed (API: memory).</source>
        <translation>各容器硬限制的总和 (Σ)。它可以超过任务内存（各容器很少同时达到峰值），但此时某个容器可能会被终止（API：memory）。</translation>
    </message>
    <message>
        <source>Σ of what each container reserves: its soft limit, else its hard limit. Must not exceed the task memory (API: memoryReservation, memory).</source>
        <translation>每个容器预留量的总和 (Σ)：取其软限制，未设置时取其硬限制。不得超过任务内存（API：memoryReservation、memory）。</translation>
    </message>
    <message>
        <source>Largest hard limit</source>
        <translation>最大硬限制</translation>
    </message>
    <message>
        <source>The largest container memory (hard limit); must fit in the task memory.</source>
        <translation>最大的容器 memory（硬限制）；必须能容纳在任务内存中。</translation>
    </message>
    <message>
        <source>Containers without memory limits</source>
        <translation>没有内存限制的容器</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Fit the task size to the containers</source>
        <translation>使任务大小适配容器</translation>
    </message>
    <message>
        <source>Advisor…</source>
        <translation>建议…</translation>
    </message>
    <message>
        <source>Every Fargate size that fits, cheapest first</source>
        <translation>所有合适的 Fargate 大小，最便宜的在前</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>任务定义</translation>
    </message>
    <message>
        <source>JSON size</source>
        <translation>JSON 大小</translation>
    </message>
    <message>
        <source>Size of the task definition as compact JSON; AWS accepts at most 64 KiB.</source>
        <translation>任务定义以紧凑 JSON 表示时的大小；AWS 最多接受 64 KiB。</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>个错误</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>个错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>个警告</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>个警告</translation>
    </message>
    <message>
        <source>CPU: {0} ({1} units)</source>
        <translation>CPU：{0}（{1} 单位）</translation>
    </message>
    <message>
        <source>CPU: not set</source>
        <translation>CPU：未设置</translation>
    </message>
    <message>
        <source>Memory: not set</source>
        <translation>内存：未设置</translation>
    </message>
    <message>
        <source>Memory: {0}</source>
        <translation>内存：{0}</translation>
    </message>
    <message>
        <source>Memory: {0} ({1} MiB)</source>
        <translation>内存：{0}（{1} MiB）</translation>
    </message>
    <message>
        <source>{0} (assumed)</source>
        <translation>{0}（假定）</translation>
    </message>
    <message>
        <source>{0} on {1}/{2}</source>
        <translation>{0}（{1}/{2}）</translation>
    </message>
    <message>
        <source>Valid CPU: choose the task memory first</source>
        <translation>有效 CPU：请先选择任务内存</translation>
    </message>
    <message>
        <source>Valid CPU for {0}: none (not a Fargate memory size)</source>
        <translation>{0} 的有效 CPU：无（不是 Fargate 内存大小）</translation>
    </message>
    <message>
        <source>Valid CPU for {0}: {1}</source>
        <translation>{0} 的有效 CPU：{1}</translation>
    </message>
    <message>
        <source>Valid memory: choose the task CPU first</source>
        <translation>有效内存：请先选择任务 CPU</translation>
    </message>
    <message>
        <source>Valid memory for {0}: none (not a Fargate CPU size for {1})</source>
        <translation>{0} 的有效内存：无（不是 {1} 的 Fargate CPU 大小）</translation>
    </message>
    <message>
        <source>Valid memory for {0}: {1}</source>
        <translation>{0} 的有效内存：{1}</translation>
    </message>
    <message>
        <source>Fargate needs both a task CPU and a task memory.</source>
        <translation>Fargate 需要同时设置任务 CPU 和任务内存。</translation>
    </message>
    <message>
        <source>{0} is not a valid Fargate size.</source>
        <translation>{0} 不是有效的 Fargate 大小。</translation>
    </message>
    <message>
        <source>Σ CPU</source>
        <translation>Σ CPU</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Σ soft</source>
        <translation>Σ 软限制</translation>
    </message>
    <message>
        <source>Σ hard</source>
        <translation>Σ 硬限制</translation>
    </message>
    <message>
        <source>Σ reserved</source>
        <translation>Σ 预留</translation>
    </message>
    <message>
        <source>Largest hard: {0}</source>
        <translation>最大硬限制：{0}</translation>
    </message>
    <message>
        <source>Largest hard limit: none set</source>
        <translation>最大硬限制：未设置</translation>
    </message>
    <message>
        <source>No memory limit: {0} (shares the task memory)</source>
        <translation>无内存限制：{0}（共享任务内存）</translation>
    </message>
    <message>
        <source>Fit proposes Fargate sizes; this task does not require Fargate.</source>
        <translation>“适配”建议的是 Fargate 大小；此任务不要求 Fargate。</translation>
    </message>
    <message>
        <source>No container declares CPU or memory yet, so there is nothing to fit.</source>
        <translation>还没有容器声明 CPU 或内存，因此无需适配。</translation>
    </message>
    <message>
        <source>No Fargate size is large enough for these containers.</source>
        <translation>没有足够大的 Fargate 大小可容纳这些容器。</translation>
    </message>
    <message>
        <source>The task size already is the smallest one that holds the containers.</source>
        <translation>任务大小已是能容纳这些容器的最小大小。</translation>
    </message>
    <message>
        <source>Propose {0}: the smallest valid Fargate size that holds the containers&apos; declared CPU and memory. Nothing changes until you confirm.</source>
        <translation>建议使用 {0}：能容纳容器所声明 CPU 和内存的最小有效 Fargate 大小。在您确认之前不会做任何更改。</translation>
    </message>
    <message>
        <source>Fit to {0}</source>
        <translation>适配为 {0}</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>task size {0} (Fit)</source>
        <translation>任务大小 {0}（适配）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Change the task size to {0}?

It is the smallest valid Fargate size that holds the containers&apos; declared CPU ({1} units) and memory ({2} MiB). Now: {3}.</source>
        <translation>将任务大小更改为 {0}？

这是能容纳容器所声明的 CPU（{1} 单位）和内存（{2} MiB）的最小有效 Fargate 大小。当前：{3}。</translation>
    </message>
    <message>
        <source>{0} declare no memory; they get what the others leave.</source>
        <translation>{0} 未声明内存；它们使用其他容器剩余的内存。</translation>
    </message>
    <message>
        <source>Fit the task size</source>
        <translation>适配任务大小</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Every page of the wizard with its errors and warnings; Enter opens it.</source>
        <translation>向导的每个页面及其错误和警告；按 Enter 打开。</translation>
    </message>
    <message>
        <source>Launch type and family</source>
        <translation>启动类型和系列</translation>
    </message>
    <message>
        <source>Task size, roles and network</source>
        <translation>任务大小、角色和网络</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Monitoring and tags</source>
        <translation>监控和标签</translation>
    </message>
    <message>
        <source>Review and create</source>
        <translation>检查并创建</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已访问</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>尚未访问</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Give the task scratch space, define volumes and choose where each container mounts them.</source>
        <translation>为任务提供临时空间，定义卷，并选择每个容器挂载卷的位置。</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Container mount points</source>
        <translation>容器挂载点</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>临时存储</translation>
    </message>
    <message>
        <source>{default} (default)</source>
        <translation>{default}（默认）</translation>
    </message>
    <message>
        <source>Disk space of a Fargate task for image layers and bind mounts: {low} to {high} GiB, or empty for the default {default} GiB.</source>
        <translation>Fargate 任务用于映像层和绑定挂载的磁盘空间：{low} 到 {high} GiB，留空则使用默认的 {default} GiB。</translation>
    </message>
    <message>
        <source>&amp;Amount (GiB)</source>
        <translation>容量 (GiB)(&amp;A)</translation>
    </message>
    <message>
        <source>Only Fargate tasks can set ephemeral storage.</source>
        <translation>只有 Fargate 任务可以设置临时存储。</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选项</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>…另有 {0} 项</translation>
    </message>
</context>
<context>
    <name>TagsTable</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>e.g. team</source>
        <translation>例如 team</translation>
    </message>
    <message>
        <source>1 to 128 characters: letters, digits, spaces and + - = . _ : / @. Keys starting with aws: are reserved for AWS.</source>
        <translation>1 到 128 个字符：字母、数字、空格以及 + - = . _ : / @。以 aws: 开头的键保留给 AWS 使用。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>optional, e.g. payments</source>
        <translation>可选，例如 payments</translation>
    </message>
    <message>
        <source>Up to 256 characters; may be empty.</source>
        <translation>最多 256 个字符；可以为空。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>没有标签。</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionWizard</name>
    <message>
        <source>This page has errors; you can go on and fix them later (the step list on the left shows where they are).</source>
        <translation>此页有错误；可以继续，稍后再修复（左侧的步骤列表显示错误所在）。</translation>
    </message>
</context>
<context>
    <name>TaskSizePage</name>
    <message>
        <source>Task size, roles and network</source>
        <translation>任务大小、角色和网络</translation>
    </message>
    <message>
        <source>Reserve CPU and memory for the whole task, give it IAM roles and choose how its containers reach the network.</source>
        <translation>为整个任务预留 CPU 和内存，为其指定 IAM 角色，并选择其容器的联网方式。</translation>
    </message>
    <message>
        <source>Task size</source>
        <translation>任务大小</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>临时存储</translation>
    </message>
    <message>
        <source>Size map</source>
        <translation>大小图</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Optional. The IAM role your application&apos;s code uses when it calls AWS (S3, DynamoDB, ...). Trace and metric collection and EFS IAM authorization need it.</source>
        <translation>可选。应用程序代码调用 AWS（S3、DynamoDB 等）时使用的 IAM 角色。跟踪和指标收集以及 EFS IAM 授权都需要它。</translation>
    </message>
    <message>
        <source>&amp;Task role</source>
        <translation>任务角色(&amp;T)</translation>
    </message>
    <message>
        <source>The role ECS itself uses to start the task: pull private images, write awslogs logs, read secrets. Commonly ecsTaskExecutionRole with the AmazonECSTaskExecutionRolePolicy managed policy.</source>
        <translation>ECS 自身用来启动任务的角色：拉取私有映像、写入 awslogs 日志、读取密钥。通常为附加了 AmazonECSTaskExecutionRolePolicy 托管策略的 ecsTaskExecutionRole。</translation>
    </message>
    <message>
        <source>Why a task execution role is needed</source>
        <translation>为何需要任务执行角色</translation>
    </message>
    <message>
        <source>Creating the default ecsTaskExecutionRole will be offered here once an AWS account is connected.</source>
        <translation>连接 AWS 账户后，可在此处创建默认的 ecsTaskExecutionRole。</translation>
    </message>
    <message>
        <source>Task &amp;execution role</source>
        <translation>任务执行角色(&amp;E)</translation>
    </message>
    <message>
        <source>e.g. {arn}</source>
        <translation>例如 {arn}</translation>
    </message>
    <message>
        <source>container {c} pulls its image from private Amazon ECR</source>
        <translation>容器 {c} 从私有 Amazon ECR 拉取映像</translation>
    </message>
    <message>
        <source>container {c} sends logs with awslogs</source>
        <translation>容器 {c} 使用 awslogs 发送日志</translation>
    </message>
    <message>
        <source>container {c} uses private registry credentials</source>
        <translation>容器 {c} 使用私有注册表凭证</translation>
    </message>
    <message>
        <source>container {c} reads secrets from Secrets Manager or SSM</source>
        <translation>容器 {c} 从 Secrets Manager 或 SSM 读取密钥</translation>
    </message>
    <message>
        <source>container {c} passes secrets to its log driver</source>
        <translation>容器 {c} 向其日志驱动程序传递密钥</translation>
    </message>
    <message>
        <source>container {c} loads environment files from Amazon S3</source>
        <translation>容器 {c} 从 Amazon S3 加载环境文件</translation>
    </message>
    <message>
        <source>container {c}: {code}</source>
        <translation>容器 {c}：{code}</translation>
    </message>
    <message>
        <source>Nothing in this task definition needs an execution role yet.</source>
        <translation>此任务定义中目前没有需要执行角色的内容。</translation>
    </message>
    <message>
        <source>Needed because: {reasons}.</source>
        <translation>需要的原因：{reasons}。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Not specified (bridge on Linux)</source>
        <translation>未指定（Linux 上为 bridge）</translation>
    </message>
    <message>
        <source>How the task&apos;s containers are networked. Fargate requires awsvpc; EC2 allows all; ECS Anywhere allows bridge, host or none.</source>
        <translation>任务中容器的联网方式。Fargate 要求 awsvpc；EC2 允许所有模式；ECS Anywhere 允许 bridge、host 或 none。</translation>
    </message>
    <message>
        <source>&amp;Network mode</source>
        <translation>网络模式(&amp;N)</translation>
    </message>
    <message>
        <source>Each task gets its own network interface and private IP address.</source>
        <translation>每个任务都有自己的网络接口和私有 IP 地址。</translation>
    </message>
    <message>
        <source>Containers use Docker&apos;s bridge network on the instance; host ports may be mapped dynamically.</source>
        <translation>容器使用实例上 Docker 的桥接网络；主机端口可以动态映射。</translation>
    </message>
    <message>
        <source>Containers use the instance&apos;s network directly; a host port serves one task.</source>
        <translation>容器直接使用实例的网络；一个主机端口只能供一个任务使用。</translation>
    </message>
    <message>
        <source>No external network connectivity; port mappings are not allowed.</source>
        <translation>没有外部网络连接；不允许端口映射。</translation>
    </message>
    <message>
        <source>ECS then uses bridge on Linux instances and nat on Windows.</source>
        <translation>此时 ECS 在 Linux 实例上使用 bridge，在 Windows 上使用 nat。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Share the process namespace between the task&apos;s containers (task) or with the host (host, EC2 only).</source>
        <translation>在任务的各容器之间共享进程命名空间 (task)，或与主机共享（host，仅限 EC2）。</translation>
    </message>
    <message>
        <source>&amp;PID mode</source>
        <translation>PID 模式(&amp;P)</translation>
    </message>
    <message>
        <source>Share IPC resources between containers (task) or with the host; not supported on Fargate.</source>
        <translation>在容器之间共享 IPC 资源 (task)，或与主机共享；Fargate 不支持此项。</translation>
    </message>
    <message>
        <source>&amp;IPC mode</source>
        <translation>IPC 模式(&amp;I)</translation>
    </message>
    <message>
        <source>Enable fault injection</source>
        <translation>启用故障注入</translation>
    </message>
    <message>
        <source>Lets AWS Fault Injection Service inject faults into the task (awsvpc or host).</source>
        <translation>允许 AWS Fault Injection Service 向任务注入故障（awsvpc 或 host）。</translation>
    </message>
    <message>
        <source>default (not set)</source>
        <translation>默认（未设置）</translation>
    </message>
    <message>
        <source>Fargate runs only certain CPU / memory pairs; the lists offer those.</source>
        <translation>Fargate 只支持特定的 CPU/内存组合；列表中只提供这些组合。</translation>
    </message>
    <message>
        <source>Without Fargate the task size is optional and free: type CPU units and MiB.</source>
        <translation>不使用 Fargate 时，任务大小为可选项，可自由填写：请输入 CPU 单位数和 MiB 数。</translation>
    </message>
    <message>
        <source>Set only for Fargate tasks.</source>
        <translation>仅为 Fargate 任务设置。</translation>
    </message>
    <message>
        <source>{size} GiB (default).</source>
        <translation>{size} GiB（默认）。</translation>
    </message>
    <message>
        <source>{size} GiB.</source>
        <translation>{size} GiB。</translation>
    </message>
    <message>
        <source>Change it on the Storage page.</source>
        <translation>请在“存储”页面上更改。</translation>
    </message>
    <message>
        <source>Fargate tasks always use awsvpc.</source>
        <translation>Fargate 任务始终使用 awsvpc。</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>New from template {0}</source>
        <translation>从模板 {0} 新建</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New from template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>模板说明</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Start from one of these task definitions:</source>
        <translation>从以下任务定义之一开始：</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>WordPress and MySQL (Fargate quick start)</source>
        <translation>WordPress 和 MySQL（Fargate 快速入门）</translation>
    </message>
    <message>
        <source>The Fargate Quick Start book&apos;s example: WordPress and MySQL in one task of 0.25 vCPU and 512 MiB, 128 MiB soft limit and 10 CPU units each; WordPress starts after MySQL and reaches it on localhost; the database password comes from AWS Secrets Manager.</source>
        <translation>《Fargate 快速入门》一书中的示例：WordPress 和 MySQL 运行在一个 0.25 vCPU、512 MiB 的任务中，每个容器的软限制为 128 MiB、CPU 单位为 10；WordPress 在 MySQL 之后启动并通过 localhost 访问它；数据库密码来自 AWS Secrets Manager。</translation>
    </message>
    <message>
        <source>Web service on port 80</source>
        <translation>端口 80 上的 Web 服务</translation>
    </message>
    <message>
        <source>One nginx container serving port 80 with a health check, logging to CloudWatch Logs with awslogs.</source>
        <translation>一个在端口 80 上提供服务的 nginx 容器，带运行状况检查，通过 awslogs 将日志写入 CloudWatch Logs。</translation>
    </message>
    <message>
        <source>Worker with a FireLens log router</source>
        <translation>带 FireLens 日志路由器的工作程序</translation>
    </message>
    <message>
        <source>A background worker whose logs go through a Fluent Bit sidecar (AWS for Fluent Bit) to CloudWatch Logs; the task role lets Fluent Bit write the logs.</source>
        <translation>一个后台工作程序，其日志经由 Fluent Bit 边车（AWS for Fluent Bit）发送到 CloudWatch Logs；任务角色允许 Fluent Bit 写入日志。</translation>
    </message>
    <message>
        <source>Application with an OpenTelemetry sidecar</source>
        <translation>带 OpenTelemetry 边车的应用程序</translation>
    </message>
    <message>
        <source>An application container sending traces and metrics over OTLP to an AWS Distro for OpenTelemetry collector sidecar on localhost:4317.</source>
        <translation>一个应用程序容器，通过 OTLP 将跟踪和指标发送到 localhost:4317 上的 AWS Distro for OpenTelemetry 收集器边车。</translation>
    </message>
</context>
<context>
    <name>TimeoutsSection</name>
    <message>
        <source>Container timeouts</source>
        <translation>容器超时</translation>
    </message>
    <message>
        <source>Start timeout (seconds)</source>
        <translation>启动超时（秒）</translation>
    </message>
    <message>
        <source>How long to wait for this container&apos;s dependencies to be met before giving up on starting it. Fargate: 2 to 120 seconds.</source>
        <translation>等待此容器的依赖条件得到满足的时长，超时则放弃启动该容器。Fargate：2 到 120 秒。</translation>
    </message>
    <message>
        <source>e.g. 120 (optional)</source>
        <translation>例如 120（可选）</translation>
    </message>
    <message>
        <source>Stop timeout (seconds)</source>
        <translation>停止超时（秒）</translation>
    </message>
    <message>
        <source>Time between SIGTERM and SIGKILL when the task stops. Fargate: up to 120 seconds, default 30.</source>
        <translation>任务停止时从 SIGTERM 到 SIGKILL 之间的时间。Fargate：最多 120 秒，默认 30 秒。</translation>
    </message>
    <message>
        <source>30 (default)</source>
        <translation>30（默认）</translation>
    </message>
</context>
<context>
    <name>UlimitsSection</name>
    <message>
        <source>Resource limits (ulimits)</source>
        <translation>资源限制 (ulimits)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>软限制</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>硬限制</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>资源限制 (ulimits)</translation>
    </message>
    <message>
        <source>Add ulimit</source>
        <translation>添加 ulimit</translation>
    </message>
    <message>
        <source>Linux resource limits for the container&apos;s processes; the soft limit may not exceed the hard limit. Fargate lets you change only nofile.</source>
        <translation>容器进程的 Linux 资源限制；软限制不能超过硬限制。Fargate 只允许更改 nofile。</translation>
    </message>
</context>
<context>
    <name>UsageBar</name>
    <message>
        <source>no task limit</source>
        <translation>无任务限制</translation>
    </message>
    <message>
        <source>{0} free</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <source>{0} over</source>
        <translation>超出 {0}</translation>
    </message>
    <message>
        <source>{0} {1} of {2}</source>
        <translation>{0} {1} / {2}</translation>
    </message>
</context>
<context>
    <name>VolumeEditor</name>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>The task&apos;s volumes; the form beside the list edits the selected one.</source>
        <translation>任务的卷；列表旁边的表单用于编辑所选的卷。</translation>
    </message>
    <message>
        <source>Add volume</source>
        <translation>添加卷</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected volume</source>
        <translation>删除所选卷</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>No volumes. Add one to share files between containers, keep data on Amazon EFS or attach an EBS volume at deployment.</source>
        <translation>没有卷。添加卷可在容器之间共享文件、将数据保存在 Amazon EFS 上，或在部署时挂载 EBS 卷。</translation>
    </message>
    <message>
        <source>Up to 255 letters, numbers, hyphens and underscores; mount points use it.</source>
        <translation>最多 255 个字母、数字、连字符和下划线；挂载点会引用此名称。</translation>
    </message>
    <message>
        <source>Volume &amp;name</source>
        <translation>卷名称(&amp;N)</translation>
    </message>
    <message>
        <source>Where the volume&apos;s data lives.</source>
        <translation>卷数据的存放位置。</translation>
    </message>
    <message>
        <source>Volume &amp;type</source>
        <translation>卷类型(&amp;T)</translation>
    </message>
    <message>
        <source>On Fargate leave the source path empty.</source>
        <translation>在 Fargate 上请将源路径留空。</translation>
    </message>
    <message>
        <source>{type} (not on Fargate)</source>
        <translation>{type}（不适用于 Fargate）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>task (removed with the task)</source>
        <translation>task（随任务删除）</translation>
    </message>
    <message>
        <source>shared (outlives the task)</source>
        <translation>shared（任务结束后保留）</translation>
    </message>
    <message>
        <source>Bind mount</source>
        <translation>绑定挂载</translation>
    </message>
    <message>
        <source>A directory that the task&apos;s containers share. On Fargate it lives on the task&apos;s ephemeral storage; on EC2 it may be a path on the instance.</source>
        <translation>任务中各容器共享的目录。在 Fargate 上，它位于任务的临时存储中；在 EC2 上，它可以是实例上的路径。</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>源路径</translation>
    </message>
    <message>
        <source>EC2 only, e.g. /var/lib/app-data</source>
        <translation>仅限 EC2，例如 /var/lib/app-data</translation>
    </message>
    <message>
        <source>A path on the container instance. Leave empty to let Docker choose one. Fargate does not support a source path.</source>
        <translation>容器实例上的路径。留空则由 Docker 选择路径。Fargate 不支持源路径。</translation>
    </message>
    <message>
        <source>Amazon EFS</source>
        <translation>Amazon EFS</translation>
    </message>
    <message>
        <source>A shared, persistent Amazon EFS file system (Fargate platform 1.4.0 or later).</source>
        <translation>共享的持久性 Amazon EFS 文件系统（Fargate 平台版本 1.4.0 或更高版本）。</translation>
    </message>
    <message>
        <source>File system ID</source>
        <translation>文件系统 ID</translation>
    </message>
    <message>
        <source>The ID of the EFS file system.</source>
        <translation>EFS 文件系统的 ID。</translation>
    </message>
    <message>
        <source>Root directory</source>
        <translation>根目录</translation>
    </message>
    <message>
        <source>The directory of the file system to mount; / when empty. Must be / or empty when an access point is used.</source>
        <translation>要挂载的文件系统目录；留空时为 /。使用接入点时必须为 / 或留空。</translation>
    </message>
    <message>
        <source>Transit encryption</source>
        <translation>传输加密</translation>
    </message>
    <message>
        <source>Encrypt data between the task and EFS (TLS). Required for IAM authorization and access points.</source>
        <translation>加密任务与 EFS 之间传输的数据（TLS）。IAM 授权和接入点都需要启用此项。</translation>
    </message>
    <message>
        <source>Transit encryption port</source>
        <translation>传输加密端口</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>The port for encrypted traffic; EFS chooses one when empty.</source>
        <translation>加密流量使用的端口；留空时由 EFS 选择。</translation>
    </message>
    <message>
        <source>Access point ID</source>
        <translation>接入点 ID</translation>
    </message>
    <message>
        <source>An EFS access point that fixes the directory and POSIX user.</source>
        <translation>固定目录和 POSIX 用户的 EFS 接入点。</translation>
    </message>
    <message>
        <source>IAM authorization</source>
        <translation>IAM 授权</translation>
    </message>
    <message>
        <source>Mount with the task role&apos;s IAM identity (needs a task role).</source>
        <translation>使用任务角色的 IAM 身份挂载（需要任务角色）。</translation>
    </message>
    <message>
        <source>Docker volume</source>
        <translation>Docker 卷</translation>
    </message>
    <message>
        <source>A volume managed by a Docker volume driver on the instance (EC2 only).</source>
        <translation>由实例上的 Docker 卷驱动程序管理的卷（仅限 EC2）。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>task: created and removed with the task. shared: outlives it.</source>
        <translation>task：随任务创建和删除。shared：任务结束后仍保留。</translation>
    </message>
    <message>
        <source>Create if missing (auto-provision)</source>
        <translation>不存在时创建（自动预置）</translation>
    </message>
    <message>
        <source>Create a shared volume if it does not exist yet (scope shared only).</source>
        <translation>共享卷尚不存在时创建它（仅限范围为 shared 的卷）。</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>The Docker volume driver; local when empty.</source>
        <translation>Docker 卷驱动程序；留空时为 local。</translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation>驱动程序选项</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>FSx for Windows File Server</source>
        <translation>FSx for Windows File Server</translation>
    </message>
    <message>
        <source>An Amazon FSx for Windows File Server share (Windows tasks on EC2 only).</source>
        <translation>Amazon FSx for Windows File Server 共享（仅限 EC2 上的 Windows 任务）。</translation>
    </message>
    <message>
        <source>The ID of the FSx file system.</source>
        <translation>FSx 文件系统的 ID。</translation>
    </message>
    <message>
        <source>The directory of the share to mount.</source>
        <translation>要挂载的共享目录。</translation>
    </message>
    <message>
        <source>Credentials parameter</source>
        <translation>凭证参数</translation>
    </message>
    <message>
        <source>Secrets Manager secret or SSM parameter ARN holding the domain user&apos;s credentials.</source>
        <translation>存放域用户凭证的 Secrets Manager 密钥或 SSM 参数的 ARN。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>The Active Directory domain of the file system.</source>
        <translation>文件系统所属的 Active Directory 域。</translation>
    </message>
    <message>
        <source>Amazon S3 Files</source>
        <translation>Amazon S3 Files</translation>
    </message>
    <message>
        <source>An Amazon S3 Files file system; mounted with the task role.</source>
        <translation>Amazon S3 Files 文件系统；使用任务角色挂载。</translation>
    </message>
    <message>
        <source>File system ARN</source>
        <translation>文件系统 ARN</translation>
    </message>
    <message>
        <source>The ARN of the S3 Files file system.</source>
        <translation>S3 Files 文件系统的 ARN。</translation>
    </message>
    <message>
        <source>The directory of the file system to mount; / when empty.</source>
        <translation>要挂载的文件系统目录；为空时为 /。</translation>
    </message>
    <message>
        <source>Access point ARN</source>
        <translation>接入点 ARN</translation>
    </message>
    <message>
        <source>An S3 Files access point that fixes the directory and POSIX user.</source>
        <translation>固定目录和 POSIX 用户的 S3 Files 接入点。</translation>
    </message>
    <message>
        <source>Configure at deployment (Amazon EBS)</source>
        <translation>部署时配置（Amazon EBS）</translation>
    </message>
    <message>
        <source>An Amazon EBS volume whose size and type you choose when you run the task or create the service. At most one per task definition.</source>
        <translation>在运行任务或创建服务时再选择大小和类型的 Amazon EBS 卷。每个任务定义最多一个。</translation>
    </message>
</context>
</TS>
