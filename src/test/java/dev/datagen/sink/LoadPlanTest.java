package dev.datagen.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.support.Dumps;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tasks a parallel load runs, and what each waits for and locks. */
class LoadPlanTest {

    private static List<LoadTask> tasks(String resource, long seed, int connections, long splitBytes) throws IOException {
        LoadPhases phases = LoadPhases.of(new DumpBuilder(Dumps.plan(resource, seed), null, 1).build().entries());
        return LoadPlan.tasks(phases, connections, splitBytes);
    }

    private static LoadTask named(List<LoadTask> tasks, String name) {
        return tasks.stream().filter(t -> t.name.equals(name)).findFirst().orElseThrow(() -> new AssertionError("no task " + name + " in " + tasks));
    }

    @Test
    void bigTablesAreSplitIntoRangesAndLoadedFirst() throws IOException {
        List<LoadTask> tasks = tasks("blog.json", 7, 3, 60_000);
        List<LoadTask> comments = tasks.stream().filter(t -> t.name.equals("loading public.comments")).toList();
        assertThat(comments).hasSize(3);    // 2000 comments, far over 60 kB: one range per connection
        assertThat(tasks.stream().filter(t -> t.name.equals("loading public.users"))).hasSize(1);   // 100 users: under it
        LoadTask posts = named(tasks, "loading public.posts");
        assertThat(comments.get(0).weight).isGreaterThan(named(tasks, "loading public.users").weight);
        assertThat(posts.weight).isGreaterThan(named(tasks, "loading public.users").weight);
    }

    @Test
    void theTableOnTheCriticalPathIsSplitAndStartsFirst() throws IOException {
        // shop: order_items has 6M of 9.1M rows, a key, an index and two foreign keys run after its COPY
        List<LoadTask> tasks = tasks("shop.json", 1, 2, 0);
        List<LoadTask> orderItems = tasks.stream().filter(t -> t.name.equals("loading public.order_items")).toList();
        assertThat(orderItems).hasSize(2);
        assertThat(tasks.stream().filter(t -> t.name.startsWith("loading ")).count()).isEqualTo(5);
        LoadTask heaviestOther = tasks.stream().filter(t -> t.name.startsWith("loading ") && !orderItems.contains(t))
                .max(java.util.Comparator.comparingLong(t -> t.weight)).orElseThrow();
        assertThat(orderItems).allMatch(t -> t.weight > heaviestOther.weight);
    }

    @Test
    void foreignKeysWaitForBothTablesDataAndTheReferencedKeyAndLockBothTables() throws IOException {
        List<LoadTask> tasks = tasks("blog.json", 7, 2, 0);
        LoadTask fk = tasks.stream().filter(t -> t.name.startsWith("FK CONSTRAINT comments ") && t.name.contains("post")).findFirst().orElseThrow();
        LoadTask postsKey = tasks.stream().filter(t -> t.name.startsWith("CONSTRAINT posts ")).findFirst().orElseThrow();
        assertThat(fk.after).contains(postsKey, named(tasks, "loading public.posts"), named(tasks, "loading public.comments"));
        assertThat(fk.exclusive).hasSize(2);
        assertThat(fk.conflictsWith(postsKey)).isTrue();
        LoadTask analyzePosts = named(tasks, "ANALYZE posts");
        assertThat(analyzePosts.after).contains(fk, postsKey);
        assertThat(named(tasks, "setting sequence values").after).contains(named(tasks, "loading public.users"));
    }

    @Test
    void circularForeignKeysNeverRunTogether() throws IOException {
        List<LoadTask> tasks = tasks("fidelity.json", 17, 4, 0);
        List<LoadTask> circular = tasks.stream().filter(t -> t.name.startsWith("FK CONSTRAINT customers ")
                || t.name.startsWith("FK CONSTRAINT products ")).toList();
        assertThat(circular).hasSize(2);
        assertThat(circular.get(0).conflictsWith(circular.get(1))).isTrue();
        // two indexes on one table share it; an index and a key constraint on it do not
        List<LoadTask> onOrderLines = tasks.stream().filter(t -> t.name.startsWith("INDEX ") || t.name.startsWith("CONSTRAINT "))
                .filter(t -> !t.tables().isEmpty()).toList();
        assertThat(onOrderLines).isNotEmpty();
        LoadTask index = onOrderLines.stream().filter(t -> t.name.startsWith("INDEX ")).findFirst().orElseThrow();
        assertThat(index.conflictsWith(index)).isFalse();
        assertThat(onOrderLines.stream().filter(t -> t.name.startsWith("CONSTRAINT ") && t.tables().equals(index.tables())))
                .allMatch(index::conflictsWith);
    }
}
