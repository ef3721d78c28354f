package org.broadsheet.index;

/**
 * A snapshot of the index that a result list was paging through is no longer kept: the list must be
 * searched again. Snapshots are dropped a while after a newer one replaced them, or with their index.
 */
public final class SnapshotExpiredException extends IllegalStateException {

    SnapshotExpiredException() {
        super("the index snapshot of this result list is no longer kept");
    }
}
