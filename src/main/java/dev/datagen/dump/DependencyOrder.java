package dev.datagen.dump;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * pg_dump's TopoSort (pg_dump_sort.c): puts dependencies before their dependents while moving as
 * little as possible of the given (name) order. It fills the result from the back, each time taking
 * the latest item in the given order that nothing still unplaced depends on; so an item that something
 * needs moves to just before its first dependent, and everything else keeps its place.
 */
final class DependencyOrder {
    private DependencyOrder() {
    }

    /** @param dependencies the items of {@code items} each item needs first (others are ignored) */
    static <T> List<T> sort(List<T> items, Function<T, ? extends Iterable<T>> dependencies) {
        Map<T, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i), i);
        }
        int[] dependents = new int[items.size()];
        for (T item : items) {
            for (T dep : dependencies.apply(item)) {
                Integer d = index.get(dep);
                if (d != null) {
                    dependents[d]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.reverseOrder());
        for (int i = 0; i < items.size(); i++) {
            if (dependents[i] == 0) {
                ready.add(i);
            }
        }
        List<T> reversed = new ArrayList<>(items.size());
        while (!ready.isEmpty()) {
            T item = items.get(ready.poll());
            reversed.add(item);
            for (T dep : dependencies.apply(item)) {
                Integer d = index.get(dep);
                if (d != null && --dependents[d] == 0) {
                    ready.add(d);
                }
            }
        }
        if (reversed.size() != items.size()) {
            throw new IllegalArgumentException("dependency loop among " + items);
        }
        Collections.reverse(reversed);
        return reversed;
    }
}
