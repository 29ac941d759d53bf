#pragma once

#include "findings/finding_store.h"
#include "findings/severity.h"
#include "project/triage_book.h"
#include "table/record_id.h"

#include <QDockWidget>

#include <array>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeView;

namespace plumbline {

class FindingsTreeModel;

/// The Findings panel: the document's findings as a tree grouped by rule, by column or by severity with the count
/// of each group (FindingsTreeModel, arranged off the GUI thread), errors first; a switch per severity with its
/// count and icon; a free-text filter; sorting by any column (click a header); the record's own key on each row;
/// Previous / Next (Shift+F8 / F8); and "Show Rows", which filters the grid to the rows of the chosen finding or
/// group. Activating a finding (click, Enter) asks to go to its cell.
///
/// The severity switches start all on for every document: a hidden severity never carries over to another file,
/// and whenever switches hide findings the summary says how many and offers to show them.
class FindingsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsDock)

public:
    explicit FindingsDock(QWidget* parent = nullptr);

    /// Shows a store's findings (a snapshot is arranged in the background). anotherDocument: they belong to
    /// another file than before, so the severity switches and the text filter start over. copy: that snapshot, when
    /// one was made already off the GUI thread (Document::findingsAsValidated()).
    void setFindings(const std::shared_ptr<const FindingStore>& store, bool anotherDocument = false,
                     std::shared_ptr<const FindingStore> copy = nullptr);
    /// Says that there is nothing to show because no validation has run on the data on screen.
    void setNotValidated(const QString& why);

    /// Which findings of a store a review decided to hide (waived, false positive); asked whenever findings are
    /// shown. Null: none hidden.
    using HiddenProvider = std::function<TriageView(const FindingStore&)>;
    void setHiddenProvider(HiddenProvider provider);
    /// Decisions changed: shows the findings again with the provider's answer.
    void refreshHidden();
    /// The hidden findings of the store on screen, with counts.
    const TriageView& triageView() const { return m_triage; }
    /// "12 waived, 3 false positive hidden", or empty when none are.
    QLabel* triageNote() const { return m_triageNote; }
    /// Shows the hidden findings too (checked) or not.
    QToolButton* showDecidedButton() const { return m_showDecided; }
    /// Show Them is on: waived and false-positive findings are listed (and marked in the grids).
    bool showsHidden() const;
    /// The live store's indexes of the findings selected in the tree (groups count as none), ascending.
    std::vector<std::size_t> selectedFindings() const;

    FindingsTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QToolButton* severityButton(Severity severity) const { return m_buttons[std::size_t(severity)]; }
    QComboBox* groupingBox() const { return m_grouping; }
    QLineEdit* searchField() const { return m_search; }
    QToolButton* showRowsButton() const { return m_showRows; }
    QLabel* summary() const { return m_summary; }
    /// Bit (1 << int(Severity)) per severity switched on.
    unsigned severityMask() const;
    /// Switches every severity on.
    void showAllSeverities();

    /// Selects the row-th finding in display order (groups expanded as needed) and activates it, as Enter
    /// would. False if there is no such finding.
    bool activateRow(int row);
    /// Selects and reveals a finding (store index of the store shown) without activating it; false if hidden.
    bool selectFinding(std::size_t storeIndex);

    /// "3 errors, 12 warnings, 1 notice", or "no findings".
    static QString countsText(const FindingStore& store);
    /// "221 notices" — a count with its severity's word.
    static QString severityCount(Severity severity, std::uint64_t n);

signals:
    /// A finding was activated: its table, record (kNoRecord for a table-level finding) and column (-1: none).
    void findingActivated(const QString& table, plumbline::RecordId record, int column);
    /// Show Rows: filter table's grid to records (ascending), described by label ("rows with PA-18").
    void showRowsRequested(const QString& table, const std::vector<plumbline::RecordId>& records, const QString& label);
    void severityMaskChanged(unsigned mask);
    /// Show Them (waived and false-positive findings listed too) was switched; the grids follow it.
    void showHiddenChanged(bool show);
    /// Previous / Next pressed (the window's F8 actions do the same).
    void nextRequested();
    void previousRequested();
    /// The user asked for a finding's context menu: finding is its index in the live store last given to
    /// setFindings() (the document's), whatever row of the tree shows it. Groups ask for none.
    void contextMenuRequested(qulonglong finding, const QPoint& globalPos);

private:
    void updateCounts();
    void updateTriageNote();
    void onActivated(const QModelIndex& index);
    void applySeverities();
    void requestShowRows();
    /// The live store's index of the finding an index of the tree shows (the tree shows a snapshot), or -1.
    std::int64_t liveFindingOf(const QModelIndex& index) const;

    FindingsTreeModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QComboBox* m_grouping = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QToolButton* m_showRows = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_triageNote = nullptr;
    QToolButton* m_showDecided = nullptr;
    HiddenProvider m_hiddenProvider;
    TriageView m_triage;
    QString m_why;
    std::array<QToolButton*, kSeverityCount> m_buttons{};
    std::shared_ptr<const FindingStore> m_live;
};

} // namespace plumbline
