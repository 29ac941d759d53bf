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
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw’r Cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i’r C&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i’r Cyf&amp;an</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi’r Gorau</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Cymhwyso</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
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
    <name>plumbline::ChangePreviewModel</name>
    <message>
        <source>(new column)</source>
        <translation>(colofn newydd)</translation>
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
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
</context>
<context>
    <name>plumbline::ClusterDialog</name>
    <message>
        <source>Cluster and Edit – %1</source>
        <translation>Clystyru a Golygu – %1</translation>
    </message>
    <message>
        <source>Fingerprint (case, accents, punctuation, word order)</source>
        <translation>Olion bysedd (priflythrennau, acenion, atalnodi, trefn geiriau)</translation>
    </message>
    <message>
        <source>N-gram fingerprint (also spacing inside words)</source>
        <translation>Olion bysedd n-gram (hefyd bylchau o fewn geiriau)</translation>
    </message>
    <message>
        <source>Sounds alike (Metaphone)</source>
        <translation>Swnio’n debyg (Metaphone)</translation>
    </message>
    <message>
        <source>Nearest neighbours (Levenshtein distance)</source>
        <translation>Cymdogion agosaf (pellter Levenshtein)</translation>
    </message>
    <message>
        <source>Clustering method</source>
        <translation>Dull clystyru</translation>
    </message>
    <message>
        <source>Most edits between two values</source>
        <translation>Y nifer mwyaf o olygiadau rhwng dau werth</translation>
    </message>
    <message>
        <source>Characters per n-gram</source>
        <translation>Nodau ym mhob n-gram</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Clystyru</translation>
    </message>
    <message>
        <source>Cluster again</source>
        <translation>Clystyru eto</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Dull:</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>&amp;Radiws:</translation>
    </message>
    <message>
        <source>&amp;N-gram size:</source>
        <translation>Maint yr &amp;n-gram:</translation>
    </message>
    <message>
        <source>Clusters of %1</source>
        <translation>Clystyrau %1</translation>
    </message>
    <message>
        <source>Clustering status</source>
        <translation>Statws clystyru</translation>
    </message>
    <message>
        <source>Clustering progress</source>
        <translation>Cynnydd clystyru</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Dewis y C&amp;yfan</translation>
    </message>
    <message>
        <source>Select N&amp;one</source>
        <translation>Dewis Di&amp;m</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>&amp;Uno’r Rhai a Ddewiswyd</translation>
    </message>
    <message>
        <source>Merge the ticked clusters</source>
        <translation>Uno’r clystyrau a diciwyd</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n cluster(s) in %1</source>
        <translation>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clustering…</source>
        <translation>Yn clystyru…</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) among %1 distinct values in %2 rows; %3 ticked.</source>
        <translation>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::ClusterModel</name>
    <message>
        <source>Merge</source>
        <translation>Uno</translation>
    </message>
    <message>
        <source>Do not merge</source>
        <translation>Peidio ag uno</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>The value every row of this cluster gets. Edit it to choose another.</source>
        <translation>Y gwerth y mae pob rhes yn y clwstwr hwn yn ei gael. Golygwch ef i ddewis un arall.</translation>
    </message>
    <message>
        <source>Values (rows)</source>
        <translation>Gwerthoedd (rhesi)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Gwerth newydd</translation>
    </message>
</context>
<context>
    <name>plumbline::CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Cymharu Fersiynau</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Crynodeb y gymhariaeth</translation>
    </message>
    <message>
        <source>Show changes of kind</source>
        <translation>Dangos newidiadau o’r math</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Pob newid</translation>
    </message>
    <message>
        <source>Repeated keys</source>
        <translation>Allweddi sy’n ailadrodd</translation>
    </message>
    <message>
        <source>Added records</source>
        <translation>Cofnodion a ychwanegwyd</translation>
    </message>
    <message>
        <source>Removed records</source>
        <translation>Cofnodion a dynnwyd</translation>
    </message>
    <message>
        <source>Changed cells</source>
        <translation>Celloedd a newidiwyd</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Canfyddiadau newydd</translation>
    </message>
    <message>
        <source>Findings gone</source>
        <translation>Canfyddiadau a aeth</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>%1 → %2, records matched by %3.</source>
        <translation>%1 → %2, cofnodion wedi’u paru yn ôl %3.</translation>
    </message>
    <message>
        <source>Records before: %1, after: %2. Added: %3, removed: %4, changed: %5, unchanged: %6.</source>
        <translation>Cofnodion cyn: %1, ar ôl: %2. Ychwanegwyd: %3, tynnwyd: %4, newidiwyd: %5, heb eu newid: %6.</translation>
    </message>
    <message>
        <source>Keys on more than one record: %1.</source>
        <translation>Allweddi ar fwy nag un cofnod: %1.</translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 gone.</source>
        <translation>Canfyddiadau: %1 newydd, %2 wedi mynd.</translation>
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
    <name>plumbline::DiffModel</name>
    <message>
        <source>repeated key</source>
        <translation>allwedd sy’n ailadrodd</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ychwanegwyd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>tynnwyd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>newidiwyd</translation>
    </message>
    <message>
        <source>new finding</source>
        <translation>canfyddiad newydd</translation>
    </message>
    <message>
        <source>finding gone</source>
        <translation>canfyddiad wedi mynd</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Old row</source>
        <translation>Hen res</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Rhes newydd</translation>
    </message>
    <message>
        <source>Column or rule</source>
        <translation>Colofn neu reol</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
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
    <name>plumbline::FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Canfod a Disodli</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Disodli gyda</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression (RE2; \1 in the replacement is the first group)</source>
        <translation>Mynegiad r&amp;heolaidd (RE2; \1 yn y testun newydd yw’r grŵp cyntaf)</translation>
    </message>
    <message>
        <source>&amp;Whole cell</source>
        <translation>Y gell &amp;gyfan</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Cyfateb &amp;priflythrennau</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Chwilio yn</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Pob colofn</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Canfod:</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>&amp;Disodli gyda:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Chwilio &amp;yn:</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Canfod y &amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Di&amp;sodli</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Disodli’r Cyf&amp;an</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message>
        <source>No cell matches.</source>
        <translation>Nid oes cell yn cyfateb.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) match.</source>
        <translation>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2.</source>
        <translation>Cyfatebiaeth %1 o %2.</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Yn disodli…</translation>
    </message>
    <message numerus="yes">
        <source>Replace &apos;%1&apos; with &apos;%2&apos; (%n cell(s))</source>
        <translation>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n cell(s).</source>
        <translation>
            <numerusform>Disodlwyd %n cell.</numerusform>
            <numerusform>Disodlwyd %n cell.</numerusform>
            <numerusform>Disodlwyd %n cell.</numerusform>
            <numerusform>Disodlwyd %n cell.</numerusform>
            <numerusform>Disodlwyd %n cell.</numerusform>
        </translation>
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
    <name>plumbline::FixPlanModel</name>
    <message numerus="yes">
        <source>%n cells, e.g. %1</source>
        <translation>
            <numerusform>%n cell, e.e. %1</numerusform>
            <numerusform>%n cell, e.e. %1</numerusform>
            <numerusform>%n cell, e.e. %1</numerusform>
            <numerusform>%n cell, e.e. %1</numerusform>
            <numerusform>%n cell, e.e. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs no judgement</source>
        <translation>Nid oes angen barn</translation>
    </message>
    <message>
        <source>Needs your judgement: check it to apply it</source>
        <translation>Mae angen eich barn: ticiwch ef i’w gymhwyso</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>pob rhes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Cymhwyso</translation>
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
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Cywiriad</translation>
    </message>
</context>
<context>
    <name>plumbline::FixPreviewDialog</name>
    <message>
        <source>Preview Quick Fixes</source>
        <translation>Rhagolwg Cywiriadau Cyflym</translation>
    </message>
    <message>
        <source>Fixes that need no judgement</source>
        <translation>Cywiriadau nad oes angen barn arnynt</translation>
    </message>
    <message>
        <source>Fixes that need your judgement</source>
        <translation>Cywiriadau sydd angen eich barn</translation>
    </message>
    <message>
        <source>&amp;Fixes that need no judgement:</source>
        <translation>&amp;Cywiriadau nad oes angen barn arnynt:</translation>
    </message>
    <message>
        <source>Fixes that need your &amp;judgement (check each one to apply it):</source>
        <translation>Cywiriadau sydd angen eich &amp;barn (ticiwch bob un i’w gymhwyso):</translation>
    </message>
    <message>
        <source>Cells to change</source>
        <translation>Celloedd i’w newid</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Cymh&amp;wyso</translation>
    </message>
    <message>
        <source>Preparing the fixes…</source>
        <translation>Yn paratoi’r cywiriadau…</translation>
    </message>
    <message>
        <source>There is nothing to fix: no finding has a fix that changes a cell.</source>
        <translation>Nid oes dim i’w gywiro: nid oes gan unrhyw ganfyddiad gywiriad sy’n newid cell.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>Bydd %n cell yn newid</numerusform>
            <numerusform>Bydd %n cell yn newid</numerusform>
            <numerusform>Bydd %n cell yn newid</numerusform>
            <numerusform>Bydd %n cell yn newid</numerusform>
            <numerusform>Bydd %n cell yn newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) checked</source>
        <translation>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
        </translation>
    </message>
    <message>
        <source>The data changed since these fixes were prepared; close and open the preview again.</source>
        <translation>Newidiodd y data ers paratoi’r cywiriadau hyn; caewch y rhagolwg a’i agor eto.</translation>
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
    <name>plumbline::RecordMergeDialog</name>
    <message>
        <source>Merge Records – %1</source>
        <translation>Uno Cofnodion – %1</translation>
    </message>
    <message>
        <source>Check that these are one and the same. The record on the left is kept; the other is deleted, and everything that refers to it will refer to the kept one.</source>
        <translation>Gwiriwch mai’r un peth yw’r rhain. Cedwir y cofnod ar y chwith; dilëir y llall, a bydd popeth sy’n cyfeirio ato yn cyfeirio at yr un a gedwir.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Wedi’i uno iddo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Y ddau gofnod ochr yn ochr</translation>
    </message>
    <message>
        <source>What else the merge changes</source>
        <translation>Beth arall y mae’r uno’n ei newid</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Uno</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Uno’r ddau gofnod</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Cyfnewid</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Cadw’r cofnod arall yn lle hynny</translation>
    </message>
    <message>
        <source>Both records have a value here. Tick to keep this one instead.</source>
        <translation>Mae gwerth gan y ddau gofnod yma. Ticiwch i gadw’r un hwn yn lle hynny.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>gwrthdaro</translation>
    </message>
    <message>
        <source>filled from the other record</source>
        <translation>wedi’i lenwi o’r cofnod arall</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) filled from the other record, %1 conflict(s).</source>
        <translation>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: %n reference(s) to %3 will name %4.</source>
        <translation>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is kept as an identifier of %2 (scheme %3).</source>
        <translation>Cedwir %1 fel dynodydd %2 (cynllun %3).</translation>
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
    <name>plumbline::TransformDialog</name>
    <message>
        <source>Transform Column</source>
        <translation>Trawsnewid Colofn</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Tocio bylchau</translation>
    </message>
    <message>
        <source>Tidy spaces (trim and collapse)</source>
        <translation>Tacluso bylchau (tocio a chywasgu)</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>PRIFLYTHRENNAU</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>llythrennau bach</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Priflythyren Ar Ddechrau Pob Gair</translation>
    </message>
    <message>
        <source>Replace (regular expression)</source>
        <translation>Disodli (mynegiad rheolaidd)</translation>
    </message>
    <message>
        <source>Split into columns</source>
        <translation>Hollti’n golofnau</translation>
    </message>
    <message>
        <source>Join columns</source>
        <translation>Cyfuno colofnau</translation>
    </message>
    <message>
        <source>Map values</source>
        <translation>Mapio gwerthoedd</translation>
    </message>
    <message>
        <source>Reformat dates</source>
        <translation>Ailfformatio dyddiadau</translation>
    </message>
    <message>
        <source>Point from coordinates</source>
        <translation>Pwynt o gyfesurynnau</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Gweithred:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colofn:</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Rhagolwg o’r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Preview (the first rows that change):</source>
        <translation>&amp;Rhagolwg (y rhesi cyntaf sy’n newid):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Cymh&amp;wyso</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrwm</translation>
    </message>
    <message>
        <source>RE2, e.g. (\d{2})/(\d{2})/(\d{4})</source>
        <translation>RE2, e.e. (\d{2})/(\d{2})/(\d{4})</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Testun newydd</translation>
    </message>
    <message>
        <source>\1 … \9 are the groups, e.g. \3-\2-\1</source>
        <translation>\1 … \9 yw’r grwpiau, e.e. \3-\2-\1</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Cyfateb &amp;priflythrennau</translation>
    </message>
    <message>
        <source>&amp;Find pattern:</source>
        <translation>Patrwm c&amp;anfod:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Disodli gyda:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Gwahanydd</translation>
    </message>
    <message>
        <source>At most this many parts</source>
        <translation>Dim mwy na hyn o rannau</translation>
    </message>
    <message>
        <source>as many as there are</source>
        <translation>cynifer ag sydd</translation>
    </message>
    <message>
        <source>New column names</source>
        <translation>Enwau colofnau newydd</translation>
    </message>
    <message>
        <source>names separated by commas (optional)</source>
        <translation>enwau wedi’u gwahanu gan gomas (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Gwa&amp;hanydd:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Uchafswm:</translation>
    </message>
    <message>
        <source>New column &amp;names:</source>
        <translation>&amp;Enwau colofnau newydd:</translation>
    </message>
    <message>
        <source>Columns to join</source>
        <translation>Colofnau i’w cyfuno</translation>
    </message>
    <message>
        <source>Join with</source>
        <translation>Cyfuno gyda</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>I mewn i</translation>
    </message>
    <message>
        <source>a new column</source>
        <translation>colofn newydd</translation>
    </message>
    <message>
        <source>New column name</source>
        <translation>Enw’r golofn newydd</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>wedi’u cyfuno</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>Co&amp;lofnau:</translation>
    </message>
    <message>
        <source>Join &amp;with:</source>
        <translation>Cyfuno gy&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;I mewn i:</translation>
    </message>
    <message>
        <source>New column &amp;name:</source>
        <translation>&amp;Enw’r golofn newydd:</translation>
    </message>
    <message>
        <source>Value map file</source>
        <translation>Ffeil mapio gwerthoedd</translation>
    </message>
    <message>
        <source>a CSV file: value, replacement</source>
        <translation>ffeil CSV: gwerth, gwerth newydd</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Value Map</source>
        <translation>Map Gwerthoedd</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv *.tsv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Value pairs</source>
        <translation>Parau gwerthoedd</translation>
    </message>
    <message>
        <source>one pair a line: Approve,granted</source>
        <translation>un pâr i bob llinell: Approve,granted</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>or &amp;pairs:</source>
        <translation>neu &amp;barau:</translation>
    </message>
    <message>
        <source>Read the dates</source>
        <translation>Darllen y dyddiadau</translation>
    </message>
    <message>
        <source>as the column writes them (detected)</source>
        <translation>fel y mae’r golofn yn eu hysgrifennu (wedi’i ganfod)</translation>
    </message>
    <message>
        <source>day first (dd/mm/yyyy)</source>
        <translation>y diwrnod yn gyntaf (dd/mm/bbbb)</translation>
    </message>
    <message>
        <source>month first (mm/dd/yyyy)</source>
        <translation>y mis yn gyntaf (mm/dd/bbbb)</translation>
    </message>
    <message>
        <source>in this pattern:</source>
        <translation>yn y patrwm hwn:</translation>
    </message>
    <message>
        <source>Input pattern</source>
        <translation>Patrwm mewnbwn</translation>
    </message>
    <message>
        <source>Output pattern</source>
        <translation>Patrwm allbwn</translation>
    </message>
    <message>
        <source>&amp;Read:</source>
        <translation>&amp;Darllen:</translation>
    </message>
    <message>
        <source>Input &amp;pattern:</source>
        <translation>&amp;Patrwm mewnbwn:</translation>
    </message>
    <message>
        <source>&amp;Write as:</source>
        <translation>Ysgrifennu &amp;fel:</translation>
    </message>
    <message>
        <source>y column</source>
        <translation>colofn y</translation>
    </message>
    <message>
        <source>The column above holds x (longitude or easting). British National Grid references are converted to WGS84 with PROJ.</source>
        <translation>Mae’r golofn uchod yn dal x (hydred neu ddwyreiniad). Caiff cyfeirnodau Grid Cenedlaethol Prydain eu trosi i WGS84 gyda PROJ.</translation>
    </message>
    <message>
        <source>&amp;y column:</source>
        <translation>Colofn &amp;y:</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Yn rhagweld…</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Ni fyddai dim yn newid.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change.</source>
        <translation>
            <numerusform>Bydd %n cell yn newid.</numerusform>
            <numerusform>Bydd %n cell yn newid.</numerusform>
            <numerusform>Bydd %n cell yn newid.</numerusform>
            <numerusform>Bydd %n cell yn newid.</numerusform>
            <numerusform>Bydd %n cell yn newid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have coordinates of no known system and are left out.</source>
        <translation>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
        </translation>
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
