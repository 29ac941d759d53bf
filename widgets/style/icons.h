#pragma once

#include "findings/severity.h"

#include <QIcon>

namespace plumbline::icons {

/// One of Plumbline's SVG action icons (resources/icons/actions/<name>.svg), sharp at any device pixel ratio.
/// Cached; an unknown name gives a null icon.
QIcon named(const char* name);
/// The severity's icon: a red octagon with a cross (error), an amber triangle with "!" (warning), a blue circle
/// with "i" (notice), a grey square with a bar (info): four shapes, so the severity never rests on colour alone.
QIcon severity(Severity severity);

} // namespace plumbline::icons
