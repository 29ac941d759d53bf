#pragma once

#include <QDialog>

namespace plumbline {

/// Help → About: the version, the Qt it was built with and runs on, and what Plumbline is for.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The dialog's text as rich text (also used by tests).
    static QString aboutText();
};

} // namespace plumbline
