package org.reportcycle.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one engine call did to a process's open tasks, as {@link OpenTaskListener} wrote it to {@code rc_open_task}:
 * the tasks it created and removed. A decision knows its open tasks before the call; with these it knows them after
 * without reading the table again. Only the calling thread's own engine call is recorded (the listener runs
 * synchronously in it). Where the call changed a task in another way (handed over, due date moved) the caller
 * reads the table instead ({@link #exact()} is false).
 */
final class OpenTaskChanges implements AutoCloseable {

    private static final ThreadLocal<OpenTaskChanges> CURRENT = new ThreadLocal<>();

    private final String processInstanceId;
    private final OpenTaskChanges outer;
    private final List<OpenTasks.Row> created = new ArrayList<>();
    private final Set<String> removed = new HashSet<>();
    private boolean exact = true;

    private OpenTaskChanges(String processInstanceId, OpenTaskChanges outer) {
        this.processInstanceId = processInstanceId;
        this.outer = outer;
    }

    /** Starts recording the changes to the tasks of this process instance on this thread; close to stop. */
    static OpenTaskChanges record(String processInstanceId) {
        OpenTaskChanges changes = new OpenTaskChanges(processInstanceId, CURRENT.get());
        CURRENT.set(changes);
        return changes;
    }

    static void created(String processInstanceId, OpenTasks.Row row) {
        OpenTaskChanges c = CURRENT.get();
        if (c != null) {
            if (c.processInstanceId.equals(processInstanceId)) {
                c.created.add(row);
            } else {
                c.exact = false;
            }
        }
    }

    static void removed(String processInstanceId, String taskId) {
        OpenTaskChanges c = CURRENT.get();
        if (c != null) {
            if (c.processInstanceId.equals(processInstanceId)) {
                c.removed.add(taskId);
            } else {
                c.exact = false;
            }
        }
    }

    /** A task was changed otherwise than created or removed: what is open afterwards must be read. */
    static void changed() {
        OpenTaskChanges c = CURRENT.get();
        if (c != null) {
            c.exact = false;
        }
    }

    /** False when the call changed tasks in a way not recorded here. */
    boolean exact() {
        return exact;
    }

    /** The tasks open after the call, given those open before it (meaningful only when {@link #exact()}). */
    List<OpenTasks.Row> openAfter(List<OpenTasks.Row> before) {
        List<OpenTasks.Row> open = new ArrayList<>();
        before.stream().filter(t -> !removed.contains(t.taskId())).forEach(open::add);
        created.stream().filter(t -> !removed.contains(t.taskId())).forEach(open::add);
        return open;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
            outer.exact = false;
        }
    }
}
