# Build stage: the Maven wrapper builds the executable jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY collection-core/pom.xml collection-core/
COPY collection-persistence/pom.xml collection-persistence/
COPY collection-web/pom.xml collection-web/
RUN ./mvnw -B -ntp -q dependency:go-offline || true
COPY . .
RUN ./mvnw -B -ntp -q package -DskipTests

# Run stage: a JRE, a non-root user, a health check.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app collection \
    && apt-get update && apt-get install -y --no-install-recommends curl fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/collection-web/target/collection.jar /app/collection.jar
RUN mkdir -p /app/data && chown -R collection /app
USER collection
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/collection.jar"]
