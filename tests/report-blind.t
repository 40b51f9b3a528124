#!/usr/bin/env bash
# Blind screening (run.sh --blind): no personal detail of any sample CV
# appears anywhere in a blind report (report.html, report.csv,
# interview.html), candidates are "Kandidaat A", "B", … in rank order, the
# key is a separate file with mode 0600, and the evidence for the criteria
# survives the redaction.
#
# The personal details are read from the samples' source,
# samples/src/cvs.py: every cv(...) call's name, e-mail, phone, city and file,
# and its referees' names.
. "$(dirname "$0")/lib/tap.sh"

"$ZEEF_ROOT/run.sh" --no-install --out "$TMP/plain" >/dev/null 2>&1
is "run.sh on the samples" "$?" 0
"$ZEEF_ROOT/run.sh" --no-install --blind --out "$TMP/blind" >/dev/null 2>"$TMP/blind.err"
is "run.sh --blind on the samples" "$?" 0
B=$TMP/blind

for f in report.html report.csv interview.html blind-key.csv results.jsonl; do
    ok "--blind writes $f" test -s "$B/$f"
done
ok "without --blind there is no key" test ! -e "$TMP/plain/blind-key.csv"
is "the key is readable by its owner only (0600)" "$(stat -c %a "$B/blind-key.csv")" 600
cmp -s "$TMP/plain/results.jsonl" "$B/results.jsonl"
is "results.jsonl (the machine contract) is the same as without --blind" "$?" 0

# ---- the personal details of the samples ---------------------------------------
perl -CSD -Mutf8 -ne '
    if (/^cv\(file="([^"]+)"/) { $f = $1; print "file\t$f\n"; (my $s = $f) =~ s/\.[a-z]+$//; print "stem\t$s\n" }
    while (/\b(name|email|phone|city)="([^"]+)"/g) { print "$1\t$2\n" }
    # referees, in the refs=[...] lists: "Anouk Hendriks – teammanager …"
    $inref = 1 if /\brefs=\[/;
    if ($inref) { while (/"([^"–]+?) – [^"]*"/g) { print "referee\t$1\n" } }
    $inref = 0 if $inref && /\]/;
' "$ZEEF_ROOT/samples/src/cvs.py" >"$TMP/pii.tsv"
is "24 sample candidates read from cvs.py" "$(grep -c '^name' "$TMP/pii.tsv")" 24
ok "and their referees" test "$(grep -c '^referee' "$TMP/pii.tsv")" -ge 40

# Searched case-insensitively, accents folded, as whole words.  Name tokens
# of 3+ letters, without particles (van, der, den…).  "Jan" is also the month
# "jan." before a year: that use is allowed.  The city is personal only as
# the address ("Woonplaats: Zwolle"); as an employer ("Gemeente Zwolle") it
# is evidence, so it is checked after its labels.  Phone numbers are also
# checked as bare digits (any spacing).
leaks_in() {   # DIR: one line per personal detail found in its three reports
perl -CSD -Mutf8 -MUnicode::Normalize -e '
    sub fold { my $s = NFD(lc shift); $s =~ s/\p{Mn}//g; $s }
    my %common = map { $_ => 1 } qw(van der den het ten ter);
    my $text = "";
    for my $f (@ARGV[1 .. $#ARGV]) { open my $h, "<:utf8", $f or die "$f: $!"; local $/; $text .= <$h> . "\n" }
    # the text, not the markup ("Span" is a referee, <span> a tag)
    $text =~ s{<style>.*?</style>}{ }gs; $text =~ s{<[^>]*>}{ }g;
    $text =~ s/&#39;/\x27/g; $text =~ s/&quot;/"/g; $text =~ s/&lt;/</g; $text =~ s/&gt;/>/g; $text =~ s/&amp;/&/g;
    my $t = fold($text);
    (my $digits = $t) =~ s/[^0-9]//g;
    open my $p, "<:utf8", $ARGV[0] or die; my @leaks;
    while (<$p>) {
        chomp; my ($kind, $v) = split /\t/;
        my @pats;
        if ($kind eq "city") {
            push @pats, "(?:woonplaats|city|wohnort|woonplek)\\s*:?\\s*" . quotemeta(fold($v));
        } else {
            push @pats, quotemeta(fold($v));
            if ($kind eq "name" || $kind eq "stem" || $kind eq "referee") {
                for my $tok (split /[\s\-]+/, $v) {
                    next if length($tok) < 3 || $common{lc $tok};
                    my $q = quotemeta(fold($tok));
                    $q .= "(?!\\.?\\s*\\d)" if lc($tok) eq "jan";
                    push @pats, $q;
                }
            }
        }
        for my $q (@pats) {
            if ($t =~ /(?<![\p{L}\p{N}])($q)(?![\p{L}\p{N}])/) {
                my $at = $-[1]; push @leaks, "$kind \"$v\": …" . substr($t, $at < 40 ? 0 : $at - 40, 90) . "…";
                last;
            }
        }
        if ($kind eq "phone") {
            (my $d = $v) =~ s/[^0-9]//g;
            push @leaks, "phone digits $d" if index($digits, $d) >= 0;
        }
    }
    print join("\n", @leaks), "\n" if @leaks;
' "$TMP/pii.tsv" "$1/report.html" "$1/report.csv" "$1/interview.html"
}
leaks=$(leaks_in "$B")
is "no name, name token, e-mail, phone, address or file name of a sample in the blind reports" "$leaks" ""
# The same check on the ordinary reports finds every candidate's name, e-mail,
# phone and file (4 x 24, at least), so it can see a leak.
ok "(the check finds the details in the ordinary reports)" test "$(leaks_in "$TMP/plain" | wc -l)" -ge 96

# The raw bytes too (markup and attributes included): full names, e-mail
# addresses, phone numbers, file names.
raw=$(cut -f2 "$TMP/pii.tsv" | grep -v '^[A-Z][a-z]*$' | grep -F -f - "$B/report.html" "$B/report.csv" "$B/interview.html" | head -3)
is "no full name, e-mail, phone or file name in the raw bytes" "$raw" ""

# ---- letters -----------------------------------------------------------------
order=$(perl -0777 -ne 'if (m{<table class="rank">(.*?)</table>}s) { my $t = $1; $t =~ s{<thead>.*?</thead>}{}s;
        print join("|", $t =~ m{<th scope="row"><a href="#k\d+">([^<]+)</a>}g) }' "$B/report.html")
is "the ranked table names Kandidaat A … G in rank order" "$order" \
    "Kandidaat A|Kandidaat B|Kandidaat C|Kandidaat D|Kandidaat E|Kandidaat F|Kandidaat G"
like "the blind report says it is blind" "$(cat "$B/report.html")" "<dt>Blind beoordelen</dt><dd>ja"
like "unreadable files are lettered too" "$(cat "$B/report.html")" '<tr><th scope="row">Kandidaat V<br>'
is "the interview sheet has the 3 shortlisted, by letter" \
    "$(grep -o '<h1 id="iv[0-9]*">[^<]*' "$B/interview.html" | sed 's/.*>//' | paste -sd '|')" \
    "Kandidaat A|Kandidaat B|Kandidaat C"
csvnames=$(tail -n +2 "$B/report.csv" | cut -d';' -f3,7 | head -3 | tr -d '\r' | paste -sd '|')
is "CSV: file and candidate columns hold the letter" "$csvnames" \
    '"Kandidaat A";"Kandidaat A"|"Kandidaat B";"Kandidaat B"|"Kandidaat C";"Kandidaat C"'
is "CSV: no e-mail, phone or sha256 column is filled" \
    "$(tail -n +2 "$B/report.csv" | cut -d';' -f4,8,9 | tr -d '\r' | sort -u)" ";;"

# ---- the key ------------------------------------------------------------------
is "the key has a row per file" "$(($(wc -l < "$B/blind-key.csv") - 1))" 24
like "the key links A to the best ranked file and its sha256" "$(sed -n 2p "$B/blind-key.csv")" \
    "^\"A\";\"Kandidaat A\";\"samples/inbox/Jan de Vries.pdf\";\"[0-9a-f]{64}\";\"Jan de Vries\""
sha=$(sha256sum "$ZEEF_ROOT/samples/inbox/Jan de Vries.pdf" | cut -d' ' -f1)
like "with the file's real sha256" "$(sed -n 2p "$B/blind-key.csv")" "$sha"
like "the letter X is the last unreadable file" "$(grep '^"X"' "$B/blind-key.csv")" "Wendy Koster.doc"

# ---- the evidence survives ------------------------------------------------------
html=$(cat "$B/report.html")
like "employers stay (evidence for knock-out 3)" "$html" "Coördinator Wmo en Jeugd – Gemeente Zwolle"
like "programmes stay (evidence for criterion 4)" "$html" "HBO Maatschappelijk Werk en Dienstverlening"
like "periods stay" "$html" "jan\\. 2018 – dec\\. 2020"
like "referees become [naam], their roles stay" "$html" "\\[naam\\] – teammanager Sociaal Domein, Gemeente Zwolle – \\[telefoon\\]"
like "a KvK number is withheld, the ZZP evidence stays" "$html" "KvK-nummer \\[weggelaten\\]"
is "as many evidence quotes as in the ordinary report" "$(grep -o '<q>' <<<"$html" | wc -l)" \
    "$(grep -o '<q>' "$TMP/plain/report.html" | wc -l)"

# ---- the summary on the terminal ---------------------------------------------------
like "the summary names letters" "$(cat "$B/../blind.err")" " 1\\. Kandidaat A +100 punten"
ok "and no names" sh -c "! grep -q 'Jan de Vries  ' '$TMP/blind.err'"

# ---- --lang en with --blind ------------------------------------------------------------
"$ZEEF_ROOT/run.sh" --no-install --blind --lang en --out "$TMP/en" >/dev/null 2>&1
like "English blind report: Candidate A" "$(cat "$TMP/en/report.html")" '<a href="#k1">Candidate A</a>'
like "English placeholders" "$(cat "$TMP/en/report.html")" '\[name\] – teammanager'
done_testing
