#!/usr/bin/env bash
# Builds a Java 25 base image as a docker-save style tarball WITHOUT a registry or a Docker engine:
# a jlink'ed runtime from the local JDK plus the glibc libraries it needs, a non-root user 65532.
# Use it where no registry is reachable (development machines, air-gapped CI):
#   helm/tools/local-base-image.sh target/naober-base.tar
#   ./mvnw -Pimages -Dnaober.image.base=tar://$PWD/target/naober-base.tar -pl platform/app,platform/gateway package jib:buildTar
# Production images use the real base (eclipse-temurin:25-jre, see docs/operations.md).
set -euo pipefail
out=$(realpath -m "${1:-target/naober-base.tar}")
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root"/{etc,tmp,opt,home/nonroot} "$(dirname "$out")"

"$jdk/bin/jlink" --output "$root/opt/java" --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
  --add-modules java.se,jdk.unsupported,jdk.management,jdk.management.agent,jdk.crypto.cryptoki,jdk.naming.dns,jdk.zipfs,jdk.localedata,jdk.net,jdk.httpserver,jdk.jfr

# the shared libraries the runtime links against, copied with their paths
{ find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null || true; } \
  | awk '/=>/ {print $3} /^\s*\/lib/ {print $1}' | grep '^/' | sort -u > "$work/libs"
echo /lib64/ld-linux-x86-64.so.2 >> "$work/libs"
while read -r lib; do
  [ -e "$lib" ] || continue
  real=$(readlink -f "$lib")
  mkdir -p "$root$(dirname "$lib")" "$root$(dirname "$real")"
  cp -n "$real" "$root$real"
  [ "$lib" = "$real" ] || ln -sf "$real" "$root$lib"
done < "$work/libs"
# name service switch libraries for DNS and user look-ups
for lib in /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libresolv.so.2; do
  [ -e "$lib" ] && mkdir -p "$root$(dirname "$lib")" && cp -nL "$lib" "$root$lib"
done
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"

# one layer, a config, a manifest: the `docker save` format Jib reads with tar://
mkdir -p "$work/image"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00Z' -C "$root" -cf "$work/image/layer.tar" .
diff_id="sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
cat > "$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"2000-01-01T00:00:00Z",
 "config":{"User":"65532:65532","Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
   "WorkingDir":"/home/nonroot","Labels":{"org.opencontainers.image.description":"local Java 25 base (jlink, no registry)"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"2000-01-01T00:00:00Z","created_by":"helm/tools/local-base-image.sh"}]}
JSON
config_id=$(sha256sum "$work/image/config.json" | cut -d' ' -f1)
mv "$work/image/config.json" "$work/image/$config_id.json"
printf '[{"Config":"%s.json","RepoTags":["naober/local-base:25"],"Layers":["layer.tar"]}]\n' "$config_id" > "$work/image/manifest.json"
(cd "$work/image" && tar -cf "$out" manifest.json "$config_id.json" layer.tar)
echo "$out ($(du -h "$out" | cut -f1))"
