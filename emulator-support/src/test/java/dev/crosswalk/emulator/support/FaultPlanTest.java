package dev.crosswalk.emulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaultPlanTest {

    private record Boom(String name, FaultRule rule) implements FaultPlan.Planned {
    }

    @Test
    void picksTheFirstMatchingFaultUntilItsCountIsUsedUp() {
        FaultPlan<Boom> plan = new FaultPlan<>(1L);
        plan.add(new Boom("posts", FaultRule.EVERY_REQUEST.onRoute("POST", "/a/.*").withTimes(2)));
        plan.add(new Boom("any", FaultRule.EVERY_REQUEST.withTimes(1)));
        assertThat(plan.pick("POST", "/a/b")).map(Boom::name).contains("posts");
        assertThat(plan.pick("POST", "/a/b")).map(Boom::name).contains("posts");
        assertThat(plan.pick("POST", "/a/b")).map(Boom::name).contains("any");
        assertThat(plan.pick("POST", "/a/b")).isEmpty();
        assertThat(plan.injected()).isEqualTo(3);
    }

    @Test
    void drawsTheSameFaultsFromTheSameSeed() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (StringBuilder out : new StringBuilder[] {first, second}) {
            FaultPlan<Boom> plan = new FaultPlan<>(42L);
            plan.add(new Boom("x", FaultRule.EVERY_REQUEST.withProbability(0.5)));
            for (int i = 0; i < 64; i++) {
                out.append(plan.pick("GET", "/").isPresent() ? '1' : '0');
            }
        }
        assertThat(first.toString()).isEqualTo(second.toString()).contains("1", "0");
    }
}
