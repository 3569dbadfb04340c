package org.touchmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.touchmap.model.JourneyMap;
import org.touchmap.model.Stage;

/**
 * The funnel from stage visitor counts: one step per pair of adjacent stages that both have a
 * visitor count. A stage without a count breaks the funnel there; no step jumps over it.
 *
 * @param steps the steps in stage order
 */
public record Funnel(List<FunnelStep> steps) {
    public Funnel {
        steps = List.copyOf(steps);
    }

    public static Funnel of(JourneyMap map) {
        List<Stage> stages = map.stages();
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i + 1 < stages.size(); i++) {
            Stage from = stages.get(i);
            Stage to = stages.get(i + 1);
            if (from.visitors() != null && to.visitors() != null) {
                OptionalDouble conversion = StageSummaries.conversion(from, to);
                OptionalDouble dropOff = conversion.isPresent()
                        ? OptionalDouble.of(1 - conversion.getAsDouble()) : OptionalDouble.empty();
                steps.add(new FunnelStep(from.id(), to.id(), from.visitors(), to.visitors(), conversion, dropOff));
            }
        }
        return new Funnel(steps);
    }

    /**
     * Where the map loses the largest share of its customers: the step with the largest drop-off, the
     * earliest of equal ones; empty when no step loses anyone (no two adjacent stages with visitor counts,
     * or every later stage has at least as many visitors as the one before).
     */
    public Optional<FunnelStep> biggestLeak() {
        FunnelStep worst = null;
        for (FunnelStep step : steps) {
            double dropOff = step.dropOff().orElse(0);
            if (dropOff > 0 && (worst == null || dropOff > worst.dropOff().getAsDouble())) {
                worst = step;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** The steps whose later stage has more visitors than the earlier one. */
    public List<FunnelStep> warnings() {
        return steps.stream().filter(FunnelStep::moreThanBefore).toList();
    }
}
