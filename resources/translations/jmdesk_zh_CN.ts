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
        <location filename="../../jmdesk/ui/compare/changes.py" line="43"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="43"/>
        <source>Old (A)</source>
        <translation>旧（A）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="43"/>
        <source>New (B)</source>
        <translation>新（B）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="43"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="46"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="46"/>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="47"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="47"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ChangeListPanel</name>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="168"/>
        <source>Changes</source>
        <translation>变化列表</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="173"/>
        <source>All changes</source>
        <translation>全部变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="174"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="174"/>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="175"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="175"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="179"/>
        <source>Search changes…</source>
        <translation>搜索变化…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/changes.py" line="228"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="33"/>
        <source>A · older report</source>
        <translation>A · 较早的报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="33"/>
        <source>B · newer report</source>
        <translation>B · 较新的报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="72"/>
        <source>No report</source>
        <translation>尚未打开报告</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="73"/>
        <source>Drop a file here, or use File › Open.</source>
        <translation>把文件拖到这里，或使用“文件 › 打开”。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/compare/pane.py" line="77"/>
        <source>Untitled</source>
        <translation>无标题</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="65"/>
        <source>No Chinese font was found on this system, so Chinese text may show as empty squares. Install a CJK font such as Noto Sans CJK SC (Debian/Ubuntu: fonts-noto-cjk) and restart jmdesk.</source>
        <translation>系统中没有找到中文字体，中文可能显示为方框。请安装中文字体（如 Noto Sans CJK SC，Debian/Ubuntu 软件包 fonts-noto-cjk）后重新启动 jmdesk。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="100"/>
        <source>Open A (older)…</source>
        <translation>打开 A（较早）…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="101"/>
        <source>Open B (newer)…</source>
        <translation>打开 B（较新）…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="102"/>
        <source>Swap A and B</source>
        <translation>交换 A 和 B</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="103"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="104"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="105"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="106"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="107"/>
        <source>Find in both reports…</source>
        <translation>在两份报告中查找…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="108"/>
        <source>Next change</source>
        <translation>下一处变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="109"/>
        <source>Previous change</source>
        <translation>上一处变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="110"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="111"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="112"/>
        <source>Punctuation differences count</source>
        <translation>标点差异计为变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="114"/>
        <source>Metrics and charts…</source>
        <translation>指标与图表…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="115"/>
        <location filename="../../jmdesk/ui/main_window.py" line="393"/>
        <source>About jmdesk</source>
        <translation>关于 jmdesk</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="121"/>
        <source>Recent files</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="130"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="136"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="137"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="141"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="159"/>
        <source>Open as A (older)</source>
        <translation>作为 A（较早）打开</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="160"/>
        <source>Open as B (newer)</source>
        <translation>作为 B（较新）打开</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="162"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="165"/>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="187"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="195"/>
        <source>Open report A (older)</source>
        <translation>打开报告 A（较早）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="195"/>
        <source>Open report B (newer)</source>
        <translation>打开报告 B（较新）</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="227"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="236"/>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="236"/>
        <source>repairing the text</source>
        <translation>修复文本</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="237"/>
        <source>finding the sections</source>
        <translation>识别段落结构</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="237"/>
        <source>title and date</source>
        <translation>标题与日期</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="238"/>
        <source>finding the figures</source>
        <translation>提取数字</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="238"/>
        <source>aligning and comparing</source>
        <translation>对齐与比对</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="239"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="269"/>
        <source>The comparison engine (jmdesk.core.compare) is not available in this build: the reports are shown without highlights.</source>
        <translation>此版本缺少比对引擎（jmdesk.core.compare），报告只显示原文，没有标注。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="284"/>
        <source> The comparison on screen is unchanged.</source>
        <translation>当前的比对结果保持不变。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="285"/>
        <source>Could not open the report: %1</source>
        <translation>无法打开报告：%1</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="292"/>
        <source>Cancelled; the comparison on screen is unchanged.</source>
        <translation>已取消，当前的比对结果保持不变。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="317"/>
        <source>%1 section pairs · %2 changes · %3 figure changes</source>
        <translation>%1 组对应段落 · %2 处变化 · %3 处数字变化</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="356"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="359"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="365"/>
        <source>Export the comparison as HTML</source>
        <translation>将比对结果导出为 HTML</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="371"/>
        <source>Export the comparison as XLSX</source>
        <translation>将比对结果导出为 XLSX</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="378"/>
        <source>Metrics and charts are not available in this build (%1).</source>
        <translation>此版本没有指标与图表功能（%1）。</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="385"/>
        <source>Could not open metrics and charts: %1</source>
        <translation>无法打开指标与图表：%1</translation>
    </message>
    <message>
        <location filename="../../jmdesk/ui/main_window.py" line="394"/>
        <source>&lt;h3&gt;jmdesk %1&lt;/h3&gt;&lt;p&gt;Compare government work reports: sections, wording and figures, side by side. Works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;jmdesk %1&lt;/h3&gt;&lt;p&gt;政府工作报告比对：逐段对照段落、措辞和数字。无需联网。&lt;/p&gt;</translation>
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
</TS>
