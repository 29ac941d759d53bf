#pragma once

#include "io/output_file.h"

#include <QIODevice>

namespace plumbline {

/// A write-only QIODevice over an OutputFile, for writers that take a QIODevice (finding reports), so their
/// output is atomic and a failed write (a full disk) is reported as the exports report it ("No space left on
/// device"), not as QSaveFile's "Unknown error". The OutputFile must be open and outlive the device; commit it
/// after writing. Not thread-safe.
class OutputFileDevice final : public QIODevice
{
    Q_DISABLE_COPY_MOVE(OutputFileDevice)

public:
    explicit OutputFileDevice(OutputFile& out, QObject* parent = nullptr) : QIODevice(parent), m_out(out)
    {
        QIODevice::open(QIODevice::WriteOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_out.append(std::string_view(data, std::size_t(size)));
        if (m_out.failed()) {
            setErrorString(m_out.error().message);
            return -1;
        }
        return size;
    }

private:
    OutputFile& m_out;
};

} // namespace plumbline
