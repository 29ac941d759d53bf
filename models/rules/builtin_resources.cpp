#include "rules/builtin_resources.h"

#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPlumblineResources()
{
    Q_INIT_RESOURCE(plumbline_resources);
}

namespace plumbline {

void ensureBuiltinResources()
{
    static std::once_flag once;
    std::call_once(once, initPlumblineResources);
}

} // namespace plumbline
