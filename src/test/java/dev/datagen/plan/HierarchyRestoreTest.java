package dev.datagen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-referencing foreign key points at an earlier row, so hierarchies (category trees, managers)
 * are trees: no row is its own ancestor. Checked on the restored data with recursive SQL.
 */
class HierarchyRestoreTest {
    @TempDir
    Path dir;

    @Test
    void selfReferencesFormTreesWithoutCycles() {
        try (TestDatabase db = Dumps.restored("hierarchy.json", 3, dir)) {
            // serial ids are row + 1: every parent is an older row
            assertThat(db.queryLong("select count(*) from categories where parent_id >= id")).isZero();
            assertThat(db.queryLong("select count(*) from categories where parent_id is null")).isBetween(100L, 400L);
            // walking up from every row ends at a root, and the trees are deeper than one level
            String depths = """
                    with recursive up(id, parent_id, depth) as (
                        select id, parent_id, 0 from categories
                      union all
                        select up.id, c.parent_id, up.depth + 1 from up join categories c on c.id = up.parent_id
                        where up.depth < 100)
                    """;
            assertThat(db.queryLong(depths + "select count(*) from up where depth = 100")).isZero();
            assertThat(db.queryLong(depths + "select max(depth) from up")).isGreaterThanOrEqualTo(3);
            // a NOT NULL self-reference: the first row manages itself, every other row has someone else
            String managers = """
                    with recursive up(id, manager_id, depth) as (
                        select id, manager_id, 0 from employees
                      union all
                        select up.id, e.manager_id, up.depth + 1 from up join employees e on e.id = up.manager_id
                        where up.depth < 1000 and up.manager_id <> e.id)
                    """;
            assertThat(db.queryLong("select count(*) from employees where manager_id = id")).isEqualTo(1);
            assertThat(db.queryLong(managers + "select count(*) from up where depth = 1000")).isZero();
        }
    }
}
