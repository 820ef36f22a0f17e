# syntax=docker/dockerfile:1

# Build stage: a static binary, and the search index of the built-in corpus,
# built once here so that containers start without indexing.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/bot ./cmd/bot
RUN /out/bot index --out /out/index

# Runtime stage: no shell, no package manager, not root.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/bot /bot
# 65532 is nonroot in distroless; the index is rebuilt in place if BOT_CORPUS changes.
COPY --from=build --chown=65532:65532 /out/index /index
USER nonroot
ENV BOT_INDEX=/index \
    BOT_METRICS_ADDR=:8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/bot", "healthcheck"]
ENTRYPOINT ["/bot"]
CMD ["serve"]
