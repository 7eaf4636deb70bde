package dev.crosswalk.apifixture.kinds;

/** API fixture: a sealed interface and the kinds of type that implement it. */
public sealed interface Shape permits Shape.Circle, Shape.Square {

    double area();

    /** A record. */
    record Circle(double radius) implements Shape {
        @Override
        public double area() {
            return Math.PI * radius * radius;
        }
    }

    /** A final class with a static factory. */
    final class Square implements Shape {
        private final double side;

        private Square(double side) {
            this.side = side;
        }

        public static Square of(double side) {
            return new Square(side);
        }

        @Override
        public double area() {
            return side * side;
        }
    }
}
