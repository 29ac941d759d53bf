#pragma once

#include <QString>
#include <QStringView>

namespace plumbline {

/// Registers the resources compiled into the core (":/plumbline/packs", "/codelists", "/sample", "/icons").
/// The core is a static library, so the resource's static initialiser would be dropped by the linker unless
/// something references it; every reader of built-in resources calls this first. Thread-safe, idempotent.
void ensureBuiltinResources();

/// The folder the built-in files of one kind ("packs", "codelists") are read from: the installed copy,
/// <executable's folder>/../share/plumbline/<kind>, when there is one (a package ships them there as plain
/// files an administrator can read), else the copy compiled into the core, ":/plumbline/<kind>" (a build
/// tree, the tests). Registers the compiled-in resources first.
QString builtinResourceDir(QStringView kind);

} // namespace plumbline
