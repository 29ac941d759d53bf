#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <memory>
#include <optional>

namespace plumbline {
struct Dataset;
}

namespace plumbline::popolo {

class PopoloIndex;

/// Base of the Popolo cross-table kinds (membership-dates, membership-overlap, seats, duplicate-persons): a
/// CheckScope::Dataset check bound to one Popolo table (its findings' table), which joins the dataset's persons,
/// memberships and events (PopoloIndex) when it runs. Column names are Popolo's (person_id, start_date …), not
/// logical names: the format fixes them.
class PopoloCheck : public Check
{
public:
    CheckScope scope() const override { return CheckScope::Dataset; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

protected:
    /// The tables this kind can report on ("memberships"); bind() says "not applicable" for others.
    virtual QStringList tables() const = 0;
    virtual void run(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const = 0;

    const Dataset* m_dataset = nullptr;

public:
    struct SharedIndex;

private:
    /// One index per dataset while checks bound to it are alive (one validation run): the popolo pack's nine
    /// cross-table rules join the dataset once, not nine times. Built by the first checkSet() that needs it.
    /// Relies on the engine's contract that a dataset is not edited while it is validated: a run after an edit
    /// binds new checks and gets a fresh index (docs/decisions/0005-dataset-scope-checks.md).
    std::shared_ptr<SharedIndex> m_index;
};

/// Reads a severity parameter that grades a weaker case ("possibly", default `fallback`), capped at the rule's
/// severity; "none" gives nothing (the case is not reported).
std::optional<Severity> readWeakerSeverity(ParamReader& params, const char* key, Severity fallback, const Rule& rule);

} // namespace plumbline::popolo
