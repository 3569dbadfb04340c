package org.touchmap.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;

/** Which stage of one map is which stage of another: the same id, or else the same name. */
final class StageMatch {
    private StageMatch() {
    }

    /** Stage id in {@code before} to the id of its stage in {@code after}; unmatched stages are left out. */
    static Map<String, String> of(JourneyMap before, JourneyMap after) {
        Map<String, String> match = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Stage stage : before.stages()) {
            if (after.findStage(stage.id()).isPresent()) {
                match.put(stage.id(), stage.id());
                taken.add(stage.id());
            }
        }
        for (Stage stage : before.stages()) {
            if (match.containsKey(stage.id())) {
                continue;
            }
            String name = MapDiff.sameNameKey(stage.name());
            after.stages().stream()
                    .filter(s -> !taken.contains(s.id()) && MapDiff.sameNameKey(s.name()).equals(name))
                    .findFirst()
                    .ifPresent(s -> {
                        match.put(stage.id(), s.id());
                        taken.add(s.id());
                    });
        }
        return match;
    }
}
