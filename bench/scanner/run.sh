#!/usr/bin/env bash
# Throughput of PrivacyScanner against GNU grep -P over the same ~50 MB of generated
# Chinese prose with personal data sprinkled in (see ScannerBenchmark). grep's patterns
# match the same shapes but cannot check GB 11643 check characters, birth dates or Luhn
# digits, so grep reports more (candidates) and does less work per match.
# Usage: bench/scanner/run.sh [MB]   (default 50)
set -euo pipefail
cd "$(dirname "$0")/../.."
size="${1:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$work/classpath")" \
	org.gongkai.privacy.bench.ScannerBenchmark "$work/text.txt" "$size" | tee "$work/scanner.out"
scanner_rate="$(sed -n 's/^scanner median MB\/s: //p' "$work/scanner.out")"

boundary='(?<![0-9A-Za-z])'
end='(?![0-9A-Za-z])'
date='(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])'
id18="${boundary}[1-8][0-9]{5}(?:19|20)[0-9]{2}${date}[0-9]{3}[0-9Xx]${end}"
id15="${boundary}[1-8][0-9]{7}${date}[0-9]{3}${end}"
mobile="${boundary}(?:\\+?86[ -]?)?1[3-9][0-9](?:[0-9]{8}|([ -])[0-9]{4}\\1[0-9]{4})${end}"
card="${boundary}(?:[0-9]{16,19}|[0-9]{4}([ -])[0-9]{4}\\2[0-9]{4}\\2[0-9]{4}(?:\\2[0-9]{1,3})?)${end}"
email='[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?![A-Za-z0-9.-]*gov\.cn)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}'
mark='[秘机绝]密[★☆*＊](?:[0-9０-９]{1,3}(?:年|个月)|长期|启用前)?'
pattern="${id18}|${id15}|${mobile}|${card}|${email}|${mark}"

bytes="$(stat -c %s "$work/text.txt")"
export LC_ALL=C.UTF-8
grep -P -o -b "$pattern" "$work/text.txt" > "$work/grep.out" # warm-up (file cache, JIT of PCRE)
rates=()
for run in 1 2 3 4 5; do
	start="$(date +%s.%N)"
	grep -P -o -b "$pattern" "$work/text.txt" > "$work/grep.out"
	stop="$(date +%s.%N)"
	rate="$(awk -v b="$bytes" -v s="$start" -v e="$stop" 'BEGIN { printf "%.0f", b / 1e6 / (e - s) }')"
	echo "grep run $run: $(awk -v s="$start" -v e="$stop" 'BEGIN { printf "%.3f", e - s }') s, $rate MB/s"
	rates+=("$rate")
done
grep_rate="$(printf '%s\n' "${rates[@]}" | sort -n | sed -n 3p)"
echo "grep -P matches: $(wc -l < "$work/grep.out") ($(grep --version | head -1))"
echo
printf '%-34s %10s\n' "engine (median of 5)" "MB/s"
printf '%-34s %10s\n' "PrivacyScanner.scan (Java $(java -version 2>&1 | head -1 | cut -d'"' -f2))" "$scanner_rate"
printf '%-34s %10s\n' "grep -P -o -b (shapes only)" "$grep_rate"
