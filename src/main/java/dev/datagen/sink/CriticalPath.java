package dev.datagen.sink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets each task's {@link LoadTask#remainingPath}: its own cost plus the longest chain of tasks that
 * wait for it, directly or not. Starting the ready task with the longest remaining path first is the
 * classic list-scheduling rule that keeps the load's critical path (on shop.json: the largest table's
 * COPY, then its keys and foreign key checks) moving.
 */
final class CriticalPath {
    private CriticalPath() {
    }

    static void measure(List<LoadTask> tasks) {
        Map<LoadTask, List<LoadTask>> waitingFor = new HashMap<>();
        for (LoadTask t : tasks) {
            t.after.forEach(before -> waitingFor.computeIfAbsent(before, b -> new ArrayList<>()).add(t));
        }
        Map<LoadTask, Long> paths = new HashMap<>();
        for (LoadTask t : tasks) {
            t.remainingPath = path(t, waitingFor, paths);
        }
    }

    private static long path(LoadTask task, Map<LoadTask, List<LoadTask>> waitingFor, Map<LoadTask, Long> paths) {
        Long known = paths.get(task);
        if (known != null) {
            return known;
        }
        long longest = 0;
        for (LoadTask next : waitingFor.getOrDefault(task, List.of())) {
            longest = Math.max(longest, path(next, waitingFor, paths));
        }
        long path = task.cost + longest;
        paths.put(task, path);
        return path;
    }
}
