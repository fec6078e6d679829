<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../jmdesk/ui/banner.py" line="15"/>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>ChangeListModel</name>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="44"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="44"/>
        <source>Old (A)</source>
        <translation>旧（A）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="44"/>
        <source>New (B)</source>
        <translation>新（B）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="44"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="47"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="47"/>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="48"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="48"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ChangeListPanel</name>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="174"/>
        <source>Changes</source>
        <translation>变化列表</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="179"/>
        <source>All changes</source>
        <translation>全部变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="180"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="180"/>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="181"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="181"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="185"/>
        <source>Search changes…</source>
        <translation>搜索变化…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="234"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="35"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="38"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="40"/>
        <source>Results and targets by year</source>
        <translation>逐年实际与目标</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="41"/>
        <source>Targets against results</source>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="43"/>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="45"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="45"/>
        <source>Growth rate</source>
        <translation>增速</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="46"/>
        <source>Amount</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="46"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="47"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="47"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="50"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="51"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="62"/>
        <source>Hover over a point to see its sentence; click it to open the source.</source>
        <translation>鼠标停在数据点上可看原句；点击可打开原文。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="130"/>
        <source>Choose an indicator</source>
        <translation>请选择指标</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="153"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="153"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="154"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="163"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/chart_panel.py" line="166"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="44"/>
        <source>A · older report</source>
        <translation>A · 较早的报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="44"/>
        <source>B · newer report</source>
        <translation>B · 较新的报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="84"/>
        <source>No report</source>
        <translation>尚未打开报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="85"/>
        <source>Drop a file here, or use File › Open.</source>
        <translation>把文件拖到这里，或使用“文件 › 打开”。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="89"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="102"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="19"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="19"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="19"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="20"/>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="20"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="20"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="21"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="21"/>
        <source>Report year</source>
        <translation>报告年份</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="22"/>
        <source>Document</source>
        <translation>文档类型</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="22"/>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="23"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="26"/>
        <source>Result</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="26"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="27"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_model.py" line="27"/>
        <source>Article</source>
        <translation>报道</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../jmdesk/ui/compare/find.py" line="38"/>
        <source>Find in both reports</source>
        <translation>在两份报告中查找</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/find.py" line="46"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/find.py" line="48"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/find.py" line="50"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/find.py" line="57"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/find.py" line="74"/>
        <source>A: %1 · B: %2</source>
        <translation>A：%1 · B：%2</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../jmdesk/ui/compare/legend.py" line="30"/>
        <source>inserted (B)</source>
        <translation>新增文字（B）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/legend.py" line="30"/>
        <source>deleted (A)</source>
        <translation>删除文字（A）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/legend.py" line="31"/>
        <source>figure changed</source>
        <translation>数字变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/legend.py" line="31"/>
        <source>added section</source>
        <translation>新增段落</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/legend.py" line="32"/>
        <source>removed section</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/legend.py" line="42"/>
        <source>┅ moved section</source>
        <translation>┅ 位置移动</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="68"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="69"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="70"/>
        <source>Add bundled samples</source>
        <translation>添加内置样例</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="71"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="72"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="73"/>
        <source>Select two documents to compare them side by side</source>
        <translation>选中两份文档即可并排对比</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="82"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="82"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="82"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="83"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="83"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="83"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="96"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="125"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="129"/>
        <source>Add reports</source>
        <translation>添加报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="134"/>
        <source>Add a folder of reports</source>
        <translation>添加报告文件夹</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="146"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="154"/>
        <source>Read %1 of %2: %3</source>
        <translation>已读取 %1/%2：%3</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="162"/>
        <source>%1 file(s) could not be read: %2</source>
        <translation>%1 个文件无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="165"/>
        <source>%1 document(s) in the library</source>
        <translation>文库中共 %1 份文档</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="188"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="188"/>
        <source>Article</source>
        <translation>报道</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/library/panel.py" line="190"/>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="66"/>
        <source>No Chinese font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="69"/>
        <source>No Chinese font was found on this system, so Chinese text may show as empty squares. Install a CJK font such as Noto Sans CJK SC (Debian/Ubuntu: fonts-noto-cjk) and restart jmdesk.</source>
        <translation>系统中没有找到中文字体，中文可能显示为方框。请安装中文字体（如 Noto Sans CJK SC，Debian/Ubuntu 软件包 fonts-noto-cjk）后重新启动 jmdesk。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="82"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="104"/>
        <source>Open A (older)…</source>
        <translation>打开 A（较早）…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="105"/>
        <source>Open B (newer)…</source>
        <translation>打开 B（较新）…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="106"/>
        <source>Swap A and B</source>
        <translation>交换 A 和 B</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="107"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="108"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="109"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="110"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="111"/>
        <source>Find in both reports…</source>
        <translation>在两份报告中查找…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="112"/>
        <source>Next change</source>
        <translation>下一处变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="113"/>
        <source>Previous change</source>
        <translation>上一处变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="114"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="115"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="116"/>
        <source>Punctuation differences count</source>
        <translation>标点差异计为变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="118"/>
        <source>Metrics and charts…</source>
        <translation>指标与图表…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="119"/>
        <location filename="../../jmdesk/ui/main_window.py" line="406"/>
        <source>About jmdesk</source>
        <translation>关于 jmdesk</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="125"/>
        <source>Recent files</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="134"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="140"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="141"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="145"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="163"/>
        <source>Open as A (older)</source>
        <translation>作为 A（较早）打开</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="164"/>
        <source>Open as B (newer)</source>
        <translation>作为 B（较新）打开</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="166"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="169"/>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="191"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="202"/>
        <source>Open report A (older)</source>
        <translation>打开报告 A（较早）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="202"/>
        <source>Open report B (newer)</source>
        <translation>打开报告 B（较新）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="234"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="243"/>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="243"/>
        <source>repairing the text</source>
        <translation>修复文本</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="244"/>
        <source>finding the sections</source>
        <translation>识别段落结构</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="244"/>
        <source>title and date</source>
        <translation>标题与日期</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="245"/>
        <source>finding the figures</source>
        <translation>提取数字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="245"/>
        <source>aligning and comparing</source>
        <translation>对齐与比对</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="246"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="276"/>
        <source>The comparison engine (jmdesk.core.compare) is not available in this build: the reports are shown without highlights.</source>
        <translation>此版本缺少比对引擎（jmdesk.core.compare），报告只显示原文，没有标注。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="292"/>
        <source> The comparison on screen is unchanged.</source>
        <translation>当前的比对结果保持不变。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="293"/>
        <source>Could not open the report: %1</source>
        <translation>无法打开报告：%1</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="306"/>
        <source>Cancelled; the comparison on screen is unchanged.</source>
        <translation>已取消，当前的比对结果保持不变。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="330"/>
        <source>%1 section pairs · %2 changes · %3 figure changes</source>
        <translation>%1 组对应段落 · %2 处变化 · %3 处数字变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="369"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="372"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="378"/>
        <source>Export the comparison as HTML</source>
        <translation>将比对结果导出为 HTML</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="384"/>
        <source>Export the comparison as XLSX</source>
        <translation>将比对结果导出为 XLSX</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="391"/>
        <source>Metrics and charts are not available in this build (%1).</source>
        <translation>此版本没有指标与图表功能（%1）。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="398"/>
        <source>Could not open metrics and charts: %1</source>
        <translation>无法打开指标与图表：%1</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="407"/>
        <source>&lt;h3&gt;jmdesk %1&lt;/h3&gt;&lt;p&gt;Compare government work reports: sections, wording and figures, side by side. Works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;jmdesk %1&lt;/h3&gt;&lt;p&gt;政府工作报告比对：逐段对照段落、措辞和数字。无需联网。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetricsWindow</name>
    <message>
        <location filename="../../jmdesk/ui/metrics/window.py" line="18"/>
        <source>Metrics and charts — jmdesk</source>
        <translation>指标与图表 — jmdesk</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/window.py" line="28"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/window.py" line="29"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/window.py" line="30"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/window.py" line="59"/>
        <source>Comparing needs the main window.</source>
        <translation>对比需要在主窗口中进行。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/window.py" line="65"/>
        <source>Opening a source needs the main window.</source>
        <translation>打开原文需要主窗口。</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../jmdesk/ui/compare/outline.py" line="34"/>
        <source>Outline of both reports</source>
        <translation>两份报告的结构</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/outline.py" line="37"/>
        <source>Section (B, else A)</source>
        <translation>段落（以 B 为准）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/outline.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/outline.py" line="52"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/outline.py" line="52"/>
        <source>changed</source>
        <translation>有改动</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/outline.py" line="53"/>
        <source>moved</source>
        <translation>位置移动</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/outline.py" line="53"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/outline.py" line="53"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="30"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="30"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="31"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="31"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="36"/>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="56"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="37"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="38"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="89"/>
        <source>Result</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="89"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="95"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="104"/>
        <source>%1 of %2 figures</source>
        <translation>显示 %1 / 共 %2 个数字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="123"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="123"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="124"/>
        <source>Export figures</source>
        <translation>导出数字表</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="135"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/metrics/table_panel.py" line="138"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
</TS>
