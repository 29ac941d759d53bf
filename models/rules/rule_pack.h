#pragma once

#include "rules/rule.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace plumbline {

/// A rule pack after loading: its own fields plus everything its includes contributed, flattened in order
/// (included rules first), with `disable` and `severity` overrides applied.
struct RulePack
{
    QString name; ///< "planning-application"
    QString title;
    QString description;
    QString version;
    QString origin;            ///< file path or ":/plumbline/packs/x.json"
    QStringList includes;      ///< names or paths as written
    bool always = false;       ///< always on (the structure pack)
    bool automatic = true;     ///< may be chosen by header sniffing
    QStringList detectColumns; ///< logical columns whose presence selects this pack
    int detectMinimum = 1;     ///< how many of detectColumns must resolve
    QStringList detectFormats; ///< SourceInfo::format values ("popolo") that choose this pack for a whole dataset
    QStringList keyColumns;    ///< logical columns that hold the user's key, in order of preference
    QHash<QString, QStringList> synonyms; ///< logical column → header names it may appear as
    std::vector<Rule> rules;
};

} // namespace plumbline
