#include "shell/about_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace plumbline {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Plumbline"));
    auto* label = new QLabel(aboutText(), this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setMinimumWidth(380);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
}

QString AboutDialog::aboutText()
{
    const QString version = QCoreApplication::applicationVersion();
    return tr("<h3>Plumbline %1</h3>"
              "<p>A data-quality workbench for UK planning registers and political datasets: open a file of "
              "millions of rows, see what the validators find, fix it and export it again \u2014 offline.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(version.isEmpty() ? tr("(development build)") : version.toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

} // namespace plumbline
