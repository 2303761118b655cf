package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.value.MiscGenerators;
import dev.datagen.schema.SqlType.Base;
import java.util.Set;

/** Random version-4 uuids, for uuid columns and text columns long enough for 36 characters. */
final class UuidGenerator implements GeneratorFactory {
    @Override
    public Set<String> configKeys() {
        return Set.of();
    }

    @Override
    public ColumnGenerator create(GeneratorRequest request) {
        check(request);
        return MiscGenerators.uuid(request.key());
    }

    @Override
    public ColumnGenerator createUnique(GeneratorRequest request) {
        check(request);
        return MiscGenerators.uniqueUuid(request.key());
    }

    private static void check(GeneratorRequest request) {
        if (request.type().isArray() || request.type().base() != Base.UUID && !request.isText()) {
            throw request.wrongType("uuid", "a uuid or text column");
        }
        request.limits().requireNoAllowedList("uuid");
        request.limits().requireLength(36, "uuid");
    }
}
