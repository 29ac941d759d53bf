#pragma once

namespace plumbline {

/// QUndoCommand::id() values: commands with the same id may merge (mergeWith). One list, so ids never clash.
enum class CommandId {
    SetCells = 1,
};

} // namespace plumbline
