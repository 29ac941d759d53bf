#pragma once

#include <QString>

class QPalette;

namespace plumbline::theme {

/// The colour scheme: the desktop's (the default), or Plumbline's own light or dark palette on the Fusion style.
enum class Choice { System, Light, Dark };

/// "system", "light", "dark" (the settings' spelling) and back; unknown text is System.
QString name(Choice choice);
Choice fromName(const QString& name);

/// Applies choice to the running application. System restores the palette and style the application started
/// with; Light and Dark use Fusion with a palette whose text contrast meets WCAG AA on every role pair the
/// widgets use. Call once the QApplication exists; again to switch (widgets repaint).
void apply(Choice choice);
/// The choice applied last (System before any call).
Choice current();
/// True when palette's base colour is dark (the dark palette, or a dark desktop theme).
bool isDark(const QPalette& palette);
/// isDark() of the application's palette.
bool isDark();

} // namespace plumbline::theme
