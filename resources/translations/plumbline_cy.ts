<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>GridDelegate</name>
    <message numerus="yes">
        <source>%Ln in %1.%2</source>
        <translation>
            <numerusform>%Ln yn %1.%2</numerusform>
            <numerusform>%Ln yn %1.%2</numerusform>
            <numerusform>%Ln yn %1.%2</numerusform>
            <numerusform>%Ln yn %1.%2</numerusform>
            <numerusform>%Ln yn %1.%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Update References</source>
        <translation>Diweddaru Cyfeirnodau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refer to “%1”: %2.</source>
        <translation>
            <numerusform>Nid oes rhes yn cyfeirio at “%1”: %2.</numerusform>
            <numerusform>Mae %Ln rhes yn cyfeirio at “%1”: %2.</numerusform>
            <numerusform>Mae %Ln rhes yn cyfeirio at “%1”: %2.</numerusform>
            <numerusform>Mae %Ln rhes yn cyfeirio at “%1”: %2.</numerusform>
            <numerusform>Mae %Ln rhes yn cyfeirio at “%1”: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change them to “%1” too?</source>
        <translation>Eu newid i “%1” hefyd?</translation>
    </message>
    <message>
        <source>Change %1 and its references</source>
        <translation>Newid %1 a’i gyfeirnodau</translation>
    </message>
    <message>
        <source>Update references</source>
        <translation>Diweddaru cyfeirnodau</translation>
    </message>
</context>
<context>
    <name>InsertRowsCommand</name>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>Mewnosod %n rhes</numerusform>
            <numerusform>Mewnosod %n rhes</numerusform>
            <numerusform>Mewnosod %n rhes</numerusform>
            <numerusform>Mewnosod %n rhes</numerusform>
            <numerusform>Mewnosod %n rhes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRowsCommand</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Dileu %n rhes</numerusform>
            <numerusform>Dileu %n rhes</numerusform>
            <numerusform>Dileu %n rhes</numerusform>
            <numerusform>Dileu %n rhes</numerusform>
            <numerusform>Dileu %n rhes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Data-quality workbench for planning and political datasets</source>
        <translation>Mainc waith ansawdd data ar gyfer setiau data cynllunio a gwleidyddol</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Yn dangos gwybodaeth am y fersiwn.</translation>
    </message>
    <message>
        <source>A file to open.</source>
        <translation>Ffeil i’w hagor.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[ffeil]</translation>
    </message>
</context>
<context>
    <name>plumbline::AboutDialog</name>
    <message>
        <source>About Plumbline</source>
        <translation>Ynghylch Plumbline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;A data-quality workbench for UK planning registers and political datasets: open a file of millions of rows, see what the validators find, fix it and export it again — offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Mainc waith ansawdd data ar gyfer cofrestrau cynllunio a setiau data gwleidyddol y DU: agorwch ffeil o filiynau o resi, gwelwch beth mae’r dilyswyr yn ei ganfod, cywirwch ef a’i allforio eto — all-lein.&lt;/p&gt;&lt;p&gt;Wedi’i adeiladu gyda Qt %2, yn rhedeg ar Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(development build)</source>
        <translation>(fersiwn datblygu)</translation>
    </message>
</context>
<context>
    <name>plumbline::DataGridView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copïo’r celloedd a ddewiswyd fel testun wedi’i wahanu gan dabiau</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>Copïo gyda’r &amp;Penawdau</translation>
    </message>
    <message>
        <source>Copy the selected cells with their column names</source>
        <translation>Copïo’r celloedd a ddewiswyd gydag enwau eu colofnau</translation>
    </message>
    <message>
        <source>Copied %L1 %2 × %L3 %4</source>
        <translation>Copïwyd %L1 %2 × %L3 %4</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rhes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rhes</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colofn</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colofn</translation>
    </message>
    <message>
        <source> (the selection was cut to %L1 cells)</source>
        <translation> (cwtogwyd y dewis i %L1 cell)</translation>
    </message>
</context>
<context>
    <name>plumbline::DateCellEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>A date, written as YYYY-MM-DD (25/12/2020 is turned into 2020-12-25); Alt+Down opens a calendar. Other text is kept as typed.</source>
        <translation>Dyddiad, wedi’i ysgrifennu fel BBBB-MM-DD (mae 25/12/2020 yn troi’n 2020-12-25); mae Alt+Down yn agor calendr. Cedwir testun arall fel y’i teipiwyd.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Dewis o galendr (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
</context>
<context>
    <name>plumbline::Document</name>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
</context>
<context>
    <name>plumbline::ExportOptionsDialog</name>
    <message>
        <source>Export Options</source>
        <translation>Dewisiadau Allforio</translation>
    </message>
    <message>
        <source>Export to &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Allforio i &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>All %1 tables</source>
        <translation>Pob un o’r %1 tabl</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabl:</translation>
    </message>
    <message>
        <source>&amp;Normalise (UTF-8, tab, minimal quoting)</source>
        <translation>&amp;Normaleiddio (UTF-8, tab, cyn lleied o ddyfynnu â phosibl)</translation>
    </message>
    <message>
        <source>&amp;Normalise (UTF-8, comma, minimal quoting)</source>
        <translation>&amp;Normaleiddio (UTF-8, coma, cyn lleied o ddyfynnu â phosibl)</translation>
    </message>
    <message>
        <source>Off: rows you did not change are written exactly as they were read (same encoding, delimiter, quoting and line endings).
On: every row is written as UTF-8 with LF line endings, quoting only where needed.</source>
        <translation>I ffwrdd: ysgrifennir y rhesi na wnaethoch eu newid yn union fel y’u darllenwyd (yr un amgodiad, amffinydd, dyfynnu a diweddiadau llinell).
Ymlaen: ysgrifennir pob rhes fel UTF-8 gyda diweddiadau llinell LF, gan ddyfynnu dim ond lle bo angen.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
</context>
<context>
    <name>plumbline::ExportPresenter</name>
    <message>
        <source>Stop exporting; an earlier file of that name is left as it was</source>
        <translation>Rhoi’r gorau i allforio; mae ffeil gynharach o’r un enw yn aros fel yr oedd</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Allforio’r Set Ddata</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Yn allforio %1</translation>
    </message>
    <message>
        <source>Exported to %1 in %2 s.</source>
        <translation>Allforiwyd i %1 mewn %2 eiliad.</translation>
    </message>
    <message>
        <source>Exported, with a note</source>
        <translation>Allforiwyd, gyda nodyn</translation>
    </message>
    <message>
        <source>%1 was written.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Methu allforio</translation>
    </message>
    <message>
        <source>Plumbline could not export to %1. Nothing was written.</source>
        <translation>Ni allai Plumbline allforio i %1. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>Diddymwyd yr allforio; ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>plumbline::FindingStore</name>
    <message>
        <source>Row %1</source>
        <translation>Rhes %1</translation>
    </message>
</context>
<context>
    <name>plumbline::FindingsDock</name>
    <message>
        <source>%L1 %2</source>
        <translation>%L1 %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Show or hide %1 findings</source>
        <translation>Dangos neu guddio canfyddiadau %1</translation>
    </message>
    <message>
        <source>Open a file to validate it.</source>
        <translation>Agorwch ffeil i’w dilysu.</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>dim canfyddiadau</translation>
    </message>
    <message>
        <source>Findings — %1</source>
        <translation>Canfyddiadau — %1</translation>
    </message>
    <message>
        <source>showing %L1 of %L2</source>
        <translation>yn dangos %L1 o %L2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>gwall</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>gwall</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>hysbysiad</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>hysbysiad</translation>
    </message>
    <message>
        <source>info</source>
        <translation>gwybodaeth</translation>
    </message>
    <message>
        <source>One row per finding: severity in words, rule, table, row, column, value, message and suggestion</source>
        <translation>Un rhes i bob canfyddiad: difrifoldeb mewn geiriau, rheol, tabl, rhes, colofn, gwerth, neges ac awgrym</translation>
    </message>
</context>
<context>
    <name>plumbline::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Awgrym</translation>
    </message>
    <message>
        <source>error</source>
        <translation>gwall</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>hysbysiad</translation>
    </message>
    <message>
        <source>info</source>
        <translation>gwybodaeth</translation>
    </message>
</context>
<context>
    <name>plumbline::GridDelegate</name>
    <message>
        <source>One of the codelist&apos;s values; other text is kept as typed and flagged</source>
        <translation>Un o werthoedd y rhestr godau; cedwir testun arall fel y’i teipiwyd a’i nodi</translation>
    </message>
    <message>
        <source>Value from the codelist</source>
        <translation>Gwerth o’r rhestr godau</translation>
    </message>
</context>
<context>
    <name>plumbline::GridEditActions</name>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Paste tab-separated cells (as a spreadsheet copies them) from the current cell</source>
        <translation>Gludo celloedd wedi’u gwahanu gan dabiau (fel y mae taenlen yn eu copïo) o’r gell gyfredol</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>&amp;Llenwi i Lawr</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the selected cells below it</source>
        <translation>Copïo’r gell uchaf a ddewiswyd ym mhob colofn i’r celloedd a ddewiswyd oddi tani</translation>
    </message>
    <message>
        <source>C&amp;lear Contents</source>
        <translation>Clirio’r Cy&amp;nnwys</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Gwagio’r celloedd a ddewiswyd</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>Mewnosod Rhes &amp;Uwchben</translation>
    </message>
    <message>
        <source>Insert as many empty rows as are selected, above the selection</source>
        <translation>Mewnosod cymaint o resi gwag ag a ddewiswyd, uwchben y dewis</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>Mewnosod Rhes &amp;Islaw</translation>
    </message>
    <message>
        <source>Insert as many empty rows as are selected, below the selection</source>
        <translation>Mewnosod cymaint o resi gwag ag a ddewiswyd, islaw’r dewis</translation>
    </message>
    <message>
        <source>Delete the rows of the selected cells (Undo brings them back)</source>
        <translation>Dileu rhesi’r celloedd a ddewiswyd (mae Dadwneud yn dod â nhw’n ôl)</translation>
    </message>
    <message>
        <source>Row %L1, %2: “%3” → “%4”</source>
        <translation>Rhes %L1, %2: “%3” → “%4”</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Gludo</translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln row(s) over the existing data?</source>
        <translation>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 cells in %L2 rows and %L3 columns will be overwritten%4. Undo brings them back.</source>
        <translation>Bydd %L1 cell mewn %L2 rhes a %L3 colofn yn cael eu trosysgrifo%4. Mae Dadwneud yn dod â nhw’n ôl.</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) will be added</source>
        <translation>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Ni ludwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln row(s)</source>
        <translation>
            <numerusform>Gludo %Ln rhes</numerusform>
            <numerusform>Gludo %Ln rhes</numerusform>
            <numerusform>Gludo %Ln rhes</numerusform>
            <numerusform>Gludo %Ln rhes</numerusform>
            <numerusform>Gludo %Ln rhes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %Ln cell(s)</source>
        <translation>
            <numerusform>Gludwyd %Ln cell</numerusform>
            <numerusform>Gludwyd %Ln cell</numerusform>
            <numerusform>Gludwyd %Ln cell</numerusform>
            <numerusform>Gludwyd %Ln cell</numerusform>
            <numerusform>Gludwyd %Ln cell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln column(s) did not fit and were left out</source>
        <translation>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Llenwi i Lawr</translation>
    </message>
    <message numerus="yes">
        <source>Filled %Ln cell(s).</source>
        <translation>
            <numerusform>Llenwyd %Ln cell.</numerusform>
            <numerusform>Llenwyd %Ln cell.</numerusform>
            <numerusform>Llenwyd %Ln cell.</numerusform>
            <numerusform>Llenwyd %Ln cell.</numerusform>
            <numerusform>Llenwyd %Ln cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Contents</source>
        <translation>Clirio’r Cynnwys</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %Ln cell(s).</source>
        <translation>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inserted %Ln row(s).</source>
        <translation>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s); Undo brings them back.</source>
        <translation>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dele&amp;te Rows</source>
        <translation>Dil&amp;eu Rhesi</translation>
    </message>
</context>
<context>
    <name>plumbline::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>&lt;file as opened&gt;</source>
        <translation>&lt;y ffeil fel y’i hagorwyd&gt;</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Hanes golygu</translation>
    </message>
    <message>
        <source>Every change to the data, oldest first; choose one to go back to it</source>
        <translation>Pob newid i’r data, yr hynaf yn gyntaf; dewiswch un i fynd yn ôl ato</translation>
    </message>
</context>
<context>
    <name>plumbline::MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Agor ffeil ddata</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <source>Write the dataset to a file: CSV, TSV, JSON and the other formats Plumbline writes</source>
        <translation>Ysgrifennu’r set ddata i ffeil: CSV, TSV, JSON a’r fformatau eraill y mae Plumbline yn eu hysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Close Plumbline</source>
        <translation>Cau Plumbline</translation>
    </message>
    <message>
        <source>&amp;Follow Reference</source>
        <translation>&amp;Dilyn Cyfeirnod</translation>
    </message>
    <message>
        <source>Go to the row this cell refers to in another table</source>
        <translation>Mynd i’r rhes y mae’r gell hon yn cyfeirio ati mewn tabl arall</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn Ôl</translation>
    </message>
    <message>
        <source>Return to where you were before the last jump</source>
        <translation>Dychwelyd i’r man lle’r oeddech cyn y naid ddiwethaf</translation>
    </message>
    <message>
        <source>&amp;About Plumbline</source>
        <translation>&amp;Ynghylch Plumbline</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Fersiynau a thrwyddedau</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor Di&amp;weddar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Bar dewislenni</translation>
    </message>
    <message>
        <source>V&amp;alidate</source>
        <translation>&amp;Dilysu</translation>
    </message>
</context>
<context>
    <name>plumbline::MainWindow</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>Show every change made to the data; choose one to go back to it</source>
        <translation>Dangos pob newid a wnaed i’r data; dewiswch un i fynd yn ôl ato</translation>
    </message>
    <message>
        <source>Show &amp;Findings</source>
        <translation>Dangos &amp;Canfyddiadau</translation>
    </message>
    <message>
        <source>Stop loading and keep what was open before</source>
        <translation>Rhoi’r gorau i lwytho a chadw’r hyn a oedd ar agor o’r blaen</translation>
    </message>
    <message>
        <source>Cells changed since the file was opened; File → Export… writes them</source>
        <translation>Celloedd a newidiwyd ers agor y ffeil; mae Ffeil → Allforio… yn eu hysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Follow Reference</source>
        <translation>&amp;Dilyn Cyfeirnod</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Agor %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Yn llwytho %1</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Agor Set Ddata</translation>
    </message>
    <message>
        <source>%1 — Plumbline</source>
        <translation>%1 — Plumbline</translation>
    </message>
    <message>
        <source>%1[*] — Plumbline</source>
        <translation>%1[*] — Plumbline</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edited cell(s)</source>
        <translation>
            <numerusform>dim celloedd wedi’u golygu</numerusform>
            <numerusform>%Ln gell wedi’i golygu</numerusform>
            <numerusform>%Ln cell wedi’u golygu</numerusform>
            <numerusform>%Ln cell wedi’u golygu</numerusform>
            <numerusform>%Ln cell wedi’u golygu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) of %1 were edited and not exported.</source>
        <translation>
            <numerusform>Ni olygwyd unrhyw gell yn %1.</numerusform>
            <numerusform>Golygwyd %Ln gell yn %1 ac nid yw wedi’i hallforio.</numerusform>
            <numerusform>Golygwyd %Ln cell yn %1 ac nid ydynt wedi’u hallforio.</numerusform>
            <numerusform>Golygwyd %Ln cell yn %1 ac nid ydynt wedi’u hallforio.</numerusform>
            <numerusform>Golygwyd %Ln cell yn %1 ac nid ydynt wedi’u hallforio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export them first (File → Export…), or discard them?</source>
        <translation>Eu hallforio’n gyntaf (Ffeil → Allforio…), neu eu taflu?</translation>
    </message>
    <message>
        <source>Showing the first rows — loading %1</source>
        <translation>Yn dangos y rhesi cyntaf — yn llwytho %1</translation>
    </message>
    <message>
        <source>Could not open file</source>
        <translation>Methu agor y ffeil</translation>
    </message>
    <message>
        <source>Plumbline could not open %1.</source>
        <translation>Ni allai Plumbline agor %1.</translation>
    </message>
    <message>
        <source>Loading canceled; nothing was changed.</source>
        <translation>Diddymwyd y llwytho; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Quit Plumbline</source>
        <translation>Gadael Plumbline</translation>
    </message>
</context>
<context>
    <name>plumbline::PaneFocus</name>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Y Cwarel &amp;Nesaf</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane: table, findings, history</source>
        <translation>Symud ffocws y bysellfwrdd i’r cwarel nesaf: tabl, canfyddiadau, hanes</translation>
    </message>
    <message>
        <source>P&amp;revious Pane</source>
        <translation>Y Cwarel &amp;Blaenorol</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Symud ffocws y bysellfwrdd i’r cwarel blaenorol</translation>
    </message>
</context>
<context>
    <name>plumbline::RecentFiles</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clirio’r Ddewislen</translation>
    </message>
</context>
<context>
    <name>plumbline::ReferenceNavigator</name>
    <message>
        <source>%1 — Ctrl+click or F12 to go to the %2 (%3.%4)</source>
        <translation>%1 — Ctrl+clic neu F12 i fynd i’r %2 (%3.%4)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Mynd i %1</translation>
    </message>
    <message>
        <source>This cell does not refer to another table.</source>
        <translation>Nid yw’r gell hon yn cyfeirio at dabl arall.</translation>
    </message>
    <message>
        <source>This %1 is empty: there is no %2 to go to.</source>
        <translation>Mae’r %1 hwn yn wag: nid oes %2 i fynd iddo.</translation>
    </message>
    <message>
        <source>Indexing %1.%2 (%L3 rows) to follow references…</source>
        <translation>Yn mynegeio %1.%2 (%L3 rhes) i ddilyn cyfeirnodau…</translation>
    </message>
    <message>
        <source>Dangling reference: no %1 has %2 “%3” (%4.%5 → %6.%7).</source>
        <translation>Cyfeirnod crog: nid oes gan unrhyw %1 %2 “%3” (%4.%5 → %6.%7).</translation>
    </message>
    <message>
        <source>%1 %2 “%3” is row %L4 of %5 — Alt+Left goes back.</source>
        <translation>%1 %2 “%3” yw rhes %L4 o %5 — mae Alt+Left yn mynd yn ôl.</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>Does dim i fynd yn ôl ato.</translation>
    </message>
</context>
<context>
    <name>plumbline::RulePackMenu</name>
    <message>
        <source>Rule &amp;Pack</source>
        <translation>&amp;Pecyn Rheolau</translation>
    </message>
    <message>
        <source>&amp;Load Rule Pack…</source>
        <translation>&amp;Llwytho Pecyn Rheolau…</translation>
    </message>
    <message>
        <source>Validate with your own rule pack (a .json file; see the rule-pack reference)</source>
        <translation>Dilysu gyda’ch pecyn rheolau eich hun (ffeil .json; gweler y cyfeirlyfr pecynnau rheolau)</translation>
    </message>
    <message>
        <source>Load &amp;Table Schema…</source>
        <translation>Llwytho &amp;Sgema Tabl…</translation>
    </message>
    <message>
        <source>Also validate with a Frictionless Table Schema (its fields, constraints and keys)</source>
        <translation>Dilysu hefyd gyda Sgema Tabl Frictionless (ei feysydd, ei gyfyngiadau a’i allweddi)</translation>
    </message>
    <message>
        <source>Pack from &amp;Specification…</source>
        <translation>Pecyn o’r &amp;Fanyleb…</translation>
    </message>
    <message>
        <source>Make a rule pack from the planning.data.gov.uk specification tables (field.csv, dataset-field.csv, codelists)</source>
        <translation>Gwneud pecyn rheolau o dablau manyleb planning.data.gov.uk (field.csv, dataset-field.csv, rhestrau codau)</translation>
    </message>
    <message>
        <source>&amp;Automatic (chosen from the headers)</source>
        <translation>&amp;Awtomatig (wedi’i ddewis o’r penawdau)</translation>
    </message>
    <message>
        <source>&amp;Automatic (chosen from the headers: %1)</source>
        <translation>&amp;Awtomatig (wedi’i ddewis o’r penawdau: %1)</translation>
    </message>
    <message>
        <source>%1 (always on)</source>
        <translation>%1 (ymlaen bob amser)</translation>
    </message>
    <message>
        <source>%1 (from the Table Schema)</source>
        <translation>%1 (o’r Sgema Tabl)</translation>
    </message>
</context>
<context>
    <name>plumbline::SourceStatusWidget</name>
    <message>
        <source>Rows in the table</source>
        <translation>Rhesi yn y tabl</translation>
    </message>
    <message>
        <source>Columns in the table</source>
        <translation>Colofnau yn y tabl</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Amgodiad testun y ffeil</translation>
    </message>
    <message>
        <source>Field delimiter</source>
        <translation>Amffinydd meysydd</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>Diweddiadau llinell</translation>
    </message>
    <message>
        <source>Time taken to read the file</source>
        <translation>Yr amser a gymerwyd i ddarllen y ffeil</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>hanner colon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>pibell</translation>
    </message>
    <message>
        <source> row</source>
        <translation> rhes</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> rhes</translation>
    </message>
    <message>
        <source>first %1 shown</source>
        <translation>dangosir y %1 cyntaf</translation>
    </message>
    <message>
        <source> column</source>
        <translation> golofn</translation>
    </message>
    <message>
        <source> columns</source>
        <translation> colofn</translation>
    </message>
    <message>
        <source> (BOM)</source>
        <translation> (BOM)</translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation>llwythwyd mewn %1 ms</translation>
    </message>
    <message>
        <source>loaded in %1 s</source>
        <translation>llwythwyd mewn %1 eiliad</translation>
    </message>
</context>
<context>
    <name>plumbline::TableModel</name>
    <message>
        <source>… and %L1 more</source>
        <translation>… a %L1 arall</translation>
    </message>
    <message>
        <source>%1
Column %2, inferred type: %3</source>
        <translation>%1
Colofn %2, math a gasglwyd: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>gwag</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>cyfanrif</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>degolyn</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boole</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>dyddiad-amser</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
</context>
<context>
    <name>plumbline::TableTabs</name>
    <message>
        <source>(no table)</source>
        <translation>(dim tabl)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>%1: %L2 rows, %L3 columns</source>
        <translation>%1: %L2 rhes, %L3 colofn</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabl %1</translation>
    </message>
    <message>
        <source>Empty table</source>
        <translation>Tabl gwag</translation>
    </message>
</context>
<context>
    <name>plumbline::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation>%1… %2%</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
</context>
<context>
    <name>plumbline::ValidationPresenter</name>
    <message>
        <source>Stop validating; the data stays as it is</source>
        <translation>Rhoi’r gorau i ddilysu; mae’r data’n aros fel y mae</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Dilysu</translation>
    </message>
    <message>
        <source>Check the data against the rule pack and list what is wrong</source>
        <translation>Gwirio’r data yn erbyn y pecyn rheolau a rhestru’r hyn sydd o’i le</translation>
    </message>
    <message>
        <source>Validate &amp;After Loading</source>
        <translation>Dilysu ar ôl &amp;Llwytho</translation>
    </message>
    <message>
        <source>Open a file to validate it.</source>
        <translation>Agorwch ffeil i’w dilysu.</translation>
    </message>
    <message>
        <source>Not validated yet: press F5.</source>
        <translation>Heb ei ddilysu eto: pwyswch F5.</translation>
    </message>
    <message>
        <source>Validating %1</source>
        <translation>Yn dilysu %1</translation>
    </message>
    <message>
        <source>Validation canceled: press F5 to validate.</source>
        <translation>Diddymwyd y dilysu: pwyswch F5 i ddilysu.</translation>
    </message>
    <message>
        <source>Validation canceled.</source>
        <translation>Diddymwyd y dilysu.</translation>
    </message>
    <message>
        <source>Validated with %1 in %2 s: %3.</source>
        <translation>Dilyswyd gyda %1 mewn %2 eiliad: %3.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Heb eu gwirio: %1</translation>
    </message>
    <message>
        <source>Could not validate</source>
        <translation>Methu dilysu</translation>
    </message>
    <message>
        <source>The rule pack could not be used.</source>
        <translation>Nid oedd modd defnyddio’r pecyn rheolau.</translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation>Llwytho Pecyn Rheolau</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>Pecynnau rheolau (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>That row is no longer in the table.</source>
        <translation>Nid yw’r rhes honno yn y tabl mwyach.</translation>
    </message>
    <message>
        <source>Load Table Schema</source>
        <translation>Llwytho Sgema Tabl</translation>
    </message>
    <message>
        <source>Table Schemas (*.json);;All files (*)</source>
        <translation>Sgemâu Tabl (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Specification Folder (field.csv, dataset-field.csv, codelists)</source>
        <translation>Ffolder y Fanyleb (field.csv, dataset-field.csv, rhestrau codau)</translation>
    </message>
    <message>
        <source>Pack from Specification</source>
        <translation>Pecyn o’r Fanyleb</translation>
    </message>
    <message>
        <source>dataset-field.csv in %1 names no dataset.</source>
        <translation>Nid yw dataset-field.csv yn %1 yn enwi unrhyw set ddata.</translation>
    </message>
    <message>
        <source>Dataset to check against:</source>
        <translation>Y set ddata i wirio yn ei herbyn:</translation>
    </message>
    <message>
        <source>The pack could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu’r pecyn i %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pack from the specification: %1 (and %n more note(s))</source>
        <translation>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::l10n</name>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;aith</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Rhagosodiad y &amp;System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Plumbline will use the new language the next time it starts.</source>
        <translation>Bydd Plumbline yn defnyddio’r iaith newydd y tro nesaf y bydd yn cychwyn.</translation>
    </message>
</context>
</TS>
