# forecheck in a container (Debian 12). The build stage compiles forecheck and packs it as a
# .deb; the runtime stage installs that .deb, so it gets exactly the shared libraries the
# package declares (dpkg-shlibdeps) and nothing of the toolchain.
#
#   docker build -t forecheck .
#   docker run --rm -v "$PWD:/data:ro" forecheck check article.md    # exit code 1 on an error
#   docker run --rm -p 8080:8080 forecheck                           # serve on port 8080
#
# The image's command is `forecheck serve --host 0.0.0.0 --port 8080` (inside the container;
# publish it with -p). Any other arguments run that forecheck command instead, in /data.

FROM debian:12 AS build
# The build packages of tools/build, less the test and lint tools; dpkg-dev computes the
# runtime dependencies of the .deb.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      cmake ninja-build g++ pkg-config dpkg-dev file \
      libboost1.81-dev libboost-json1.81-dev libboost-graph1.81-dev \
      libeigen3-dev libfmt-dev libtomlplusplus-dev libutf8proc-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release -DFC_TESTS=OFF \
 && cmake --build /build \
 && cd /build && cpack -G DEB -B /out \
 && mv /out/forecheck_*.deb /out/forecheck.deb

FROM debian:12-slim
COPY --from=build /out/forecheck.deb /tmp/forecheck.deb
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends /tmp/forecheck.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/forecheck.deb \
 && useradd --system --no-create-home --shell /usr/sbin/nologin forecheck
USER forecheck
WORKDIR /data
EXPOSE 8080
ENTRYPOINT ["forecheck"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
