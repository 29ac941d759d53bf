<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GridDelegate</name>
    <message numerus="yes">
        <source>%Ln in %1.%2</source>
        <translation>
            <numerusform>%Ln in %1.%2</numerusform>
            <numerusform>%Ln in %1.%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refer to “%1”: %2.</source>
        <translation>
            <numerusform>%Ln row refers to “%1”: %2.</numerusform>
            <numerusform>%Ln rows refer to “%1”: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertRowsCommand</name>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>Insert %n row</numerusform>
            <numerusform>Insert %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRowsCommand</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message numerus="yes">
        <source>%n finding(s) (first run)</source>
        <translation>
            <numerusform>%n finding (first run)</numerusform>
            <numerusform>%n findings (first run)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::ClusterDialog</name>
    <message numerus="yes">
        <source>Merge %n cluster(s) in %1</source>
        <translation>
            <numerusform>Merge %n cluster in %1</numerusform>
            <numerusform>Merge %n clusters in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) among %1 distinct values in %2 rows; %3 ticked.</source>
        <translation>
            <numerusform>%n cluster among %1 distinct values in %2 rows; %3 ticked.</numerusform>
            <numerusform>%n clusters among %1 distinct values in %2 rows; %3 ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::ClusterModel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::DataActions</name>
    <message numerus="yes">
        <source>Fix All Like This (%1, %Ln finding(s))…</source>
        <translation>
            <numerusform>Fix All Like This (%1, %Ln finding)…</numerusform>
            <numerusform>Fix All Like This (%1, %Ln findings)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quick fixes changed %Ln cell(s).</source>
        <translation>
            <numerusform>Quick fixes changed %Ln cell.</numerusform>
            <numerusform>Quick fixes changed %Ln cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: changed %Ln cell(s).</source>
        <translation>
            <numerusform>%1: changed %Ln cell.</numerusform>
            <numerusform>%1: changed %Ln cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln cell(s) changed; Undo takes it back.</source>
        <translation>
            <numerusform>%1 — %Ln cell changed; Undo takes it back.</numerusform>
            <numerusform>%1 — %Ln cells changed; Undo takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transform changed %Ln cell(s).</source>
        <translation>
            <numerusform>Transform changed %Ln cell.</numerusform>
            <numerusform>Transform changed %Ln cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %Ln cell(s); Undo takes them back.</source>
        <translation>
            <numerusform>Replaced %Ln cell; Undo takes it back.</numerusform>
            <numerusform>Replaced %Ln cells; Undo takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix: %1 (%Ln cell(s))</source>
        <translation>
            <numerusform>Fix: %1 (%Ln cell)</numerusform>
            <numerusform>Fix: %1 (%Ln cells)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::FindReplaceDialog</name>
    <message numerus="yes">
        <source>%n cell(s) match.</source>
        <translation>
            <numerusform>%n cell matches.</numerusform>
            <numerusform>%n cells match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace &apos;%1&apos; with &apos;%2&apos; (%n cell(s))</source>
        <translation>
            <numerusform>Replace &apos;%1&apos; with &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Replace &apos;%1&apos; with &apos;%2&apos; (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n cell(s).</source>
        <translation>
            <numerusform>Replaced %n cell.</numerusform>
            <numerusform>Replaced %n cells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::FixPlanModel</name>
    <message numerus="yes">
        <source>%n cells, e.g. %1</source>
        <translation>
            <numerusform>%n cell, e.g. %1</numerusform>
            <numerusform>%n cells, e.g. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::FixPreviewDialog</name>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>%n cell will change</numerusform>
            <numerusform>%n cells will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) checked</source>
        <translation>
            <numerusform>%n fix checked</numerusform>
            <numerusform>%n fixes checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::GridEditActions</name>
    <message numerus="yes">
        <source>Paste %Ln row(s) over the existing data?</source>
        <translation>
            <numerusform>Paste %Ln row over the existing data?</numerusform>
            <numerusform>Paste %Ln rows over the existing data?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) will be added</source>
        <translation>
            <numerusform>; %Ln row will be added</numerusform>
            <numerusform>; %Ln rows will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln row(s)</source>
        <translation>
            <numerusform>Paste %Ln row</numerusform>
            <numerusform>Paste %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %Ln cell(s)</source>
        <translation>
            <numerusform>Pasted %Ln cell</numerusform>
            <numerusform>Pasted %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln column(s) did not fit and were left out</source>
        <translation>
            <numerusform>; %Ln column did not fit and was left out</numerusform>
            <numerusform>; %Ln columns did not fit and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %Ln cell(s).</source>
        <translation>
            <numerusform>Filled %Ln cell.</numerusform>
            <numerusform>Filled %Ln cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %Ln cell(s).</source>
        <translation>
            <numerusform>Cleared %Ln cell.</numerusform>
            <numerusform>Cleared %Ln cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inserted %Ln row(s).</source>
        <translation>
            <numerusform>Inserted %Ln row.</numerusform>
            <numerusform>Inserted %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s); Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %Ln row; Undo brings it back.</numerusform>
            <numerusform>Deleted %Ln rows; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::HandoverActions</name>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of their edit(s) did not fit this project and were skipped.</source>
        <translation>
            <numerusform>%n of their edits did not fit this project and was skipped.</numerusform>
            <numerusform>%n of their edits did not fit this project and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::HandoverConflictsDialog</name>
    <message numerus="yes">
        <source>%n change(s) in the review you are merging differ from yours. Choose which to keep for each.</source>
        <translation>
            <numerusform>%n change in the review you are merging differs from yours. Choose which to keep.</numerusform>
            <numerusform>%n changes in the review you are merging differ from yours. Choose which to keep for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the review from %1 differ from yours. Choose which to keep for each.</source>
        <translation>
            <numerusform>%n change in the review from %1 differs from yours. Choose which to keep.</numerusform>
            <numerusform>%n changes in the review from %1 differ from yours. Choose which to keep for each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::MainWindow</name>
    <message numerus="yes">
        <source>%Ln edited cell(s)</source>
        <translation>
            <numerusform>%Ln edited cell</numerusform>
            <numerusform>%Ln edited cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) of %1 were edited and not exported.</source>
        <translation>
            <numerusform>%Ln cell of %1 was edited and not exported.</numerusform>
            <numerusform>%Ln cells of %1 were edited and not exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::ProjectController</name>
    <message numerus="yes">
        <source>%n finding(s) in the first run of this project</source>
        <translation>
            <numerusform>%n finding in the first run of this project</numerusform>
            <numerusform>%n findings in the first run of this project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waived %n finding(s).</source>
        <translation>
            <numerusform>Waived %n finding.</numerusform>
            <numerusform>Waived %n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n finding(s) as false positive.</source>
        <translation>
            <numerusform>Marked %n finding as false positive.</numerusform>
            <numerusform>Marked %n findings as false positive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n finding(s).</source>
        <translation>
            <numerusform>Reopened %n finding.</numerusform>
            <numerusform>Reopened %n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::RecordMergeDialog</name>
    <message numerus="yes">
        <source>%n field(s) filled from the other record, %1 conflict(s).</source>
        <translation>
            <numerusform>%n field filled from the other record, %1 conflict(s).</numerusform>
            <numerusform>%n fields filled from the other record, %1 conflict(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: %n reference(s) to %3 will name %4.</source>
        <translation>
            <numerusform>%1.%2: %n reference to %3 will name %4.</numerusform>
            <numerusform>%1.%2: %n references to %3 will name %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::ReimportSummaryDialog</name>
    <message numerus="yes">
        <source>%n edit(s) carried over</source>
        <translation>
            <numerusform>%n edit carried over</numerusform>
            <numerusform>%n edits carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the new file</source>
        <translation>
            <numerusform>%n already in the new file</numerusform>
            <numerusform>%n already in the new file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted row(s) deleted again</source>
        <translation>
            <numerusform>%n deleted row deleted again</numerusform>
            <numerusform>%n deleted rows deleted again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) about findings followed their records</source>
        <translation>
            <numerusform>%n decision about findings followed its record</numerusform>
            <numerusform>%n decisions about findings followed their records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped with their rows</source>
        <translation>
            <numerusform>%n dropped with its row</numerusform>
            <numerusform>%n dropped with their rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) repeated: their records were paired in file order.</source>
        <translation>
            <numerusform>%n key repeated: its records were paired in file order.</numerusform>
            <numerusform>%n keys repeated: their records were paired in file order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be carried over; they are listed below.</source>
        <translation>
            <numerusform>%n edit could not be carried over; it is listed below.</numerusform>
            <numerusform>%n edits could not be carried over; they are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted row(s) inserted again</source>
        <translation>
            <numerusform>%n inserted row inserted again</numerusform>
            <numerusform>%n inserted rows inserted again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added column(s) added again</source>
        <translation>
            <numerusform>%n added column added again</numerusform>
            <numerusform>%n added columns added again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::RuleEditorDialog</name>
    <message numerus="yes">
        <source>%n finding(s) on the open file, standing for %1 rows.</source>
        <translation>
            <numerusform>%n finding on the open file, standing for %1 rows.</numerusform>
            <numerusform>%n findings on the open file, standing for %1 rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) on the open file.</source>
        <translation>
            <numerusform>%n finding on the open file.</numerusform>
            <numerusform>%n findings on the open file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::RulePackPresenter</name>
    <message numerus="yes">
        <source>%n rule(s) could not be checked, so their findings are incomplete: %1</source>
        <translation>
            <numerusform>%n rule could not be checked, so its findings are incomplete: %1</numerusform>
            <numerusform>%n rules could not be checked, so their findings are incomplete: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pack from the specification: %1 (and %n more note(s))</source>
        <translation>
            <numerusform>Pack from the specification: %1 (and %n more note)</numerusform>
            <numerusform>Pack from the specification: %1 (and %n more notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::SourceReimporter</name>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::TableModel</name>
    <message numerus="yes">
        <source>%Ln finding(s), the worst: %1</source>
        <translation>
            <numerusform>%Ln finding: %1</numerusform>
            <numerusform>%Ln findings, the worst: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::TransformDialog</name>
    <message numerus="yes">
        <source>%n cell(s) will change.</source>
        <translation>
            <numerusform>%n cell will change.</numerusform>
            <numerusform>%n cells will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have coordinates of no known system and are left out.</source>
        <translation>
            <numerusform>%n row has coordinates of no known system and is left out.</numerusform>
            <numerusform>%n rows have coordinates of no known system and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::TriageActions</name>
    <message numerus="yes">
        <source>&amp;Waive %n Finding(s)…</source>
        <translation>
            <numerusform>&amp;Waive %n Finding…</numerusform>
            <numerusform>&amp;Waive %n Findings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::WaiveDialog</name>
    <message numerus="yes">
        <source>Accept %n finding(s) as they are:</source>
        <translation>
            <numerusform>Accept %n finding as it is:</numerusform>
            <numerusform>Accept %n findings as they are:</numerusform>
        </translation>
    </message>
</context>
</TS>
