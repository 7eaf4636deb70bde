package dev.crosswalk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiSurfaceTest {

    @Test
    void listsEveryExportedTypeAndMemberOnePerLineSorted() {
        assertThat(surfaceOf("dev.crosswalk.apifixture.kinds").lines()).containsExactly(
                "dev.crosswalk.apifixture.kinds.Marker : public @interface",
                "dev.crosswalk.apifixture.kinds.Marker#value() : public abstract java.lang.String",
                "dev.crosswalk.apifixture.kinds.Registry : public abstract class<K extends java.lang.Comparable<K>, V> implements java.lang.Iterable<V>",
                "dev.crosswalk.apifixture.kinds.Registry#<init>(java.util.Map<K, V>) : protected",
                "dev.crosswalk.apifixture.kinds.Registry#entries : protected final java.util.Map<K, V>",
                "dev.crosswalk.apifixture.kinds.Registry#forget(K) : protected void",
                "dev.crosswalk.apifixture.kinds.Registry#load(K) : public abstract V throws java.io.IOException",
                "dev.crosswalk.apifixture.kinds.Shape : public sealed interface permits dev.crosswalk.apifixture.kinds.Shape.Circle, dev.crosswalk.apifixture.kinds.Shape.Square",
                "dev.crosswalk.apifixture.kinds.Shape#area() : public abstract double",
                "dev.crosswalk.apifixture.kinds.Shape.Circle : public static record implements dev.crosswalk.apifixture.kinds.Shape",
                "dev.crosswalk.apifixture.kinds.Shape.Circle#<init>(double) : public",
                "dev.crosswalk.apifixture.kinds.Shape.Circle#area() : public double",
                "dev.crosswalk.apifixture.kinds.Shape.Circle#equals(java.lang.Object) : public final boolean",
                "dev.crosswalk.apifixture.kinds.Shape.Circle#hashCode() : public final int",
                "dev.crosswalk.apifixture.kinds.Shape.Circle#radius() : public double",
                "dev.crosswalk.apifixture.kinds.Shape.Circle#toString() : public final java.lang.String",
                "dev.crosswalk.apifixture.kinds.Shape.Square : public static final class implements dev.crosswalk.apifixture.kinds.Shape",
                "dev.crosswalk.apifixture.kinds.Shape.Square#area() : public double",
                "dev.crosswalk.apifixture.kinds.Shape.Square#of(double) : public static dev.crosswalk.apifixture.kinds.Shape.Square");
    }

    @Test
    void leavesOutWhatIsNotExported() {
        assertThat(surfaceOf("dev.crosswalk.apifixture.v1").lines())
                .noneMatch(line -> line.contains("Hidden") || line.contains("internal") || line.contains("calls"))
                .anyMatch(line -> line.startsWith("dev.crosswalk.apifixture.v1.Greeter#greet("));
    }

    @Test
    void readsCommittedLinesIgnoringCommentsBlankLinesAndOrder() {
        ApiSurface committed = ApiSurface.ofLines(List.of("# a comment", "b.B : public class", "", "a.A : public class"));

        assertThat(committed.lines()).containsExactly("a.A : public class", "b.B : public class");
    }

    static ApiSurface surfaceOf(String fixturePackage) {
        return ApiSurface.of(new ClassFileImporter().importPackages(fixturePackage));
    }
}
