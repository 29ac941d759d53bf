#pragma once

#include "core/result.h"
#include "packs/table_schema_pack.h"

#include <QString>

namespace plumbline {

/// Turns the planning.data.gov.uk specification tables (digital-land/specification: field.csv, datatype.csv,
/// dataset-field.csv, and codelist CSVs) into a rule pack for one dataset. The expected files and layout are in
/// docs/specification-packs.md:
///   DIR/field.csv            field, name, datatype, cardinality[, parent-field, typology, codelist, end-date…]
///   DIR/dataset-field.csv    dataset, field[, required…]   (the fields of each dataset)
///   DIR/datatype.csv         datatype, …                   (optional: names the datatypes that exist)
///   DIR/codelist/NAME.csv or DIR/NAME.csv                  reference[, name, …] (one per codelist field)
/// Each file may also sit in DIR/specification/. Datatypes map to check kinds (integer, decimal, flag, date,
/// datetime, url, curie → `type`; point, multipolygon, wkt → `geometry`; latitude, longitude → `range`; json →
/// `schema-type`); a field with cardinality n is a `;`-separated list; a field whose typology (or parent-field)
/// is `category`, or with a `codelist` column, gets a `codelist` rule against its codelist CSV; a `required`
/// column in dataset-field.csv (yes/true/1/mandatory) gives `required` rules. Rule ids are `SPEC-<field>-<check>`.
class SpecificationPack final
{
public:
    /// The pack for dataset. Codelist paths in the pack are relative to packDir when given (where the pack
    /// will be written), else absolute. An Error when a needed file is missing or the dataset is unknown;
    /// notices for what was skipped (an unknown datatype, a codelist CSV that is not there, a retired field).
    static Result<GeneratedPack> fromDirectory(const QString& dir, const QString& dataset, const QString& packDir = {});
    /// The datasets dataset-field.csv in dir defines, sorted; an Error when the file is missing or unreadable.
    static Result<QStringList> datasets(const QString& dir);
};

} // namespace plumbline
