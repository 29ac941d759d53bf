#pragma once

namespace plumbline {

/// Registers the resources compiled into the core (":/plumbline/packs", "/codelists", "/sample", "/icons").
/// The core is a static library, so the resource's static initialiser would be dropped by the linker unless
/// something references it; every reader of built-in resources calls this first. Thread-safe, idempotent.
void ensureBuiltinResources();

} // namespace plumbline
