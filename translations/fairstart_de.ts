<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Fairstart::Cli</name>
    <message>
        <source>The sites file (docs/cli.md).</source>
        <translation>Die Standortdatei (docs/cli.md).</translation>
    </message>
    <message>
        <source>Use only these sites of the sites file.</source>
        <translation>Nur diese Standorte aus der Standortdatei verwenden.</translation>
    </message>
    <message>
        <source>The dataset name.</source>
        <translation>Der Name des Datenbestands.</translation>
    </message>
    <message>
        <source>The purpose declared to every site (default: the one purpose all tokens share).</source>
        <translation>Der Zweck, der jedem Standort angegeben wird (Standard: der eine Zweck, den alle Tokens gemeinsam haben).</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>Write the output to FILE instead of the terminal.</source>
        <translation>Die Ausgabe in FILE statt ins Terminal schreiben.</translation>
    </message>
    <message>
        <source>Seconds a site may take for one request, retries included (default 120).</source>
        <translation>Sekunden, die ein Standort für eine Anfrage brauchen darf, Wiederholungen eingeschlossen (Standard 120).</translation>
    </message>
    <message>
        <source>Print each site&apos;s progress to stderr.</source>
        <translation>Den Fortschritt jedes Standorts auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Leave out a site that fails before the model rounds or in the evaluation instead of stopping; the result names it.</source>
        <translation>Einen Standort, der vor den Modellrunden oder in der Evaluation scheitert, weglassen statt abzubrechen; das Ergebnis nennt ihn.</translation>
    </message>
    <message>
        <source>How the sites&apos; statistics are summed: masked (only the sum over all sites can be read), plain, or auto (default: masked with three or more sites, else plain where every site allows it).</source>
        <translation>Wie die Statistiken der Standorte summiert werden: masked (nur die Summe über alle Standorte ist lesbar), plain oder auto (Standard: masked bei drei oder mehr Standorten, sonst plain, sofern jeder Standort es erlaubt).</translation>
    </message>
    <message>
        <source>note: %1 The keys are checked again at the next run.</source>
        <translation>Hinweis: %1 Die Schlüssel werden bei der nächsten Analyse erneut geprüft.</translation>
    </message>
    <message>
        <source>note: recorded the study keys of %1 in %2; later runs refuse a site whose keys change.</source>
        <translation>Hinweis: Die Studienschlüssel von %1 wurden in %2 festgehalten; spätere Analysen lehnen einen Standort ab, dessen Schlüssel sich ändern.</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the sites&apos; tokens share no purpose; ask the sites for tokens with a common purpose</source>
        <translation>die Tokens der Standorte haben keinen gemeinsamen Zweck; bitten Sie die Standorte um Tokens mit einem gemeinsamen Zweck</translation>
    </message>
    <message>
        <source>choose a purpose with --purpose; the tokens allow: %1</source>
        <translation>wählen Sie einen Zweck mit --purpose; die Tokens erlauben: %1</translation>
    </message>
    <message>
        <source>min cohort %1, min cell %2, subset/complement %3, overlap %4, events per parameter %5, residual df %6, dominance %7 of top %8, rounds %9, jobs per day %10</source>
        <translation>min. Kohorte %1, min. Zellbesetzung %2, Teilmenge/Komplement %3, Überlappung %4, Ereignisse pro Parameter %5, Residual-FG %6, Dominanz %7 der größten %8, Runden %9, Jobs pro Tag %10</translation>
    </message>
    <message>
        <source>Checks every site: reachable, certificate pin, versions, datasets, your purposes and the site&apos;s policy.</source>
        <translation>Prüft jeden Standort: Erreichbarkeit, Zertifikat-Pin, Versionen, Datenbestände, Ihre Zwecke und die Richtlinie des Standorts.</translation>
    </message>
    <message>
        <source>  (pin verified, %1 ms)</source>
        <translation>  (Pin geprüft, %1 ms)</translation>
    </message>
    <message>
        <source>            node %1 &quot;%2&quot;, engine %3, protocol %4
</source>
        <translation>            Knoten %1 &quot;%2&quot;, Rechenkern %3, Protokoll %4
</translation>
    </message>
    <message>
        <source>            user %1, purposes: %2; datasets: %3
</source>
        <translation>            Benutzer %1, Zwecke: %2; Datenbestände: %3
</translation>
    </message>
    <message>
        <source>            policy: %1; study modes: %2
</source>
        <translation>            Richtlinie: %1; Studienmodi: %2
</translation>
    </message>
    <message>
        <source>            study keys: new (signing %1), recorded
</source>
        <translation>            Studienschlüssel: neu (Signatur %1), festgehalten
</translation>
    </message>
    <message>
        <source>            study keys: as recorded (signing %1)
</source>
        <translation>            Studienschlüssel: wie festgehalten (Signatur %1)
</translation>
    </message>
    <message>
        <source>client: fairstart-cli %1, protocol %2, %3
</source>
        <translation>Client: fairstart-cli %1, Protokoll %2, %3
</translation>
    </message>
    <message>
        <source>Lists the variables the sites offer (metadata only: types, levels, counts rounded by each site).</source>
        <translation>Listet die Variablen auf, die die Standorte anbieten (nur Metadaten: Typen, Ausprägungen, von jedem Standort gerundete Anzahlen).</translation>
    </message>
    <message>
        <source>Dataset %1 (sites: %2)
</source>
        <translation>Datenbestand %1 (Standorte: %2)
</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>levels / label</source>
        <translation>Ausprägungen / Bezeichnung</translation>
    </message>
    <message>
        <source>  [only at %1]</source>
        <translation>  [nur bei %1]</translation>
    </message>
    <message>
        <source>Counts are the sum of each site&apos;s released counts (rounded to 10 by each site; &lt;withheld&gt; where a site suppressed a small count).
</source>
        <translation>Die Anzahlen sind die Summe der von den Standorten freigegebenen Anzahlen (jeweils vom Standort auf 10 gerundet; &lt;withheld&gt;, wo ein Standort eine kleine Fallzahl zurückgehalten hat).
</translation>
    </message>
    <message>
        <source>The variables to describe.</source>
        <translation>Die zu beschreibenden Variablen.</translation>
    </message>
    <message>
        <source>--vars names no variable</source>
        <translation>--vars nennt keine Variable</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>zusammengefasst</translation>
    </message>
    <message>
        <source>n %1  missing %2  mean %3  SD %4
</source>
        <translation>n %1  fehlend %2  Mittelwert %3  SD %4
</translation>
    </message>
    <message>
        <source>  missing %1
</source>
        <translation>  fehlend %1
</translation>
    </message>
    <message>
        <source>Skip the evaluation (AUC, Brier score, calibration) of a binomial model.</source>
        <translation>Die Evaluation (AUC, Brier-Score, Kalibrierung) eines binomialen Modells überspringen.</translation>
    </message>
    <message>
        <source>Skip fitting the model at each site alone (the per-site estimates).</source>
        <translation>Die Anpassung des Modells an jedem Standort allein (die Schätzwerte je Standort) auslassen.</translation>
    </message>
    <message>
        <source>An R-style model formula, e.g. &quot;y ~ a + log(b) + a:c&quot;; text columns are factors.</source>
        <translation>Eine Modellformel im R-Stil, z. B. &quot;y ~ a + log(b) + a:c&quot;; Textspalten werden zu Faktoren.</translation>
    </message>
    <message>
        <source>binomial (default), poisson or gaussian.</source>
        <translation>binomial (Standard), poisson oder gaussian.</translation>
    </message>
    <message>
        <source>Fits a GLM across the sites (exactly the pooled fit) and at each site alone, then evaluates it: AUC with CI, Brier score, calibration, per site.</source>
        <translation>Passt ein GLM über alle Standorte an (genau wie mit zusammengelegten Daten) und an jedem Standort allein und evaluiert es dann: AUC mit KI, Brier-Score, Kalibrierung, je Standort.</translation>
    </message>
    <message>
        <source>the formula cannot be read: %1</source>
        <translation>die Formel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A design file (docs/cli.md, &quot;Design files&quot;).</source>
        <translation>Eine Entwurfsdatei (docs/cli.md, &quot;Design files&quot;).</translation>
    </message>
    <message>
        <source>Runs a saved design across the sites: the same as fit, with the model, dataset and purpose read from the design file.</source>
        <translation>Führt einen gespeicherten Modellentwurf an den Standorten aus: wie fit, nur werden Modell, Datenbestand und Zweck aus der Entwurfsdatei gelesen.</translation>
    </message>
    <message>
        <source>cannot read the design file %1 (%2)</source>
        <translation>die Entwurfsdatei %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the design file %1 is not a JSON object: %2</source>
        <translation>die Entwurfsdatei %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; allowed are %3</source>
        <translation>%1: unbekanntes Feld &quot;%2&quot;; erlaubt sind %3</translation>
    </message>
    <message>
        <source>%1: give the model either as &quot;formula&quot; (with &quot;family&quot;) or as &quot;model&quot;, exactly one of them</source>
        <translation>%1: geben Sie das Modell entweder als &quot;formula&quot; (mit &quot;family&quot;) oder als &quot;model&quot; an, genau eines von beiden</translation>
    </message>
    <message>
        <source>%1: model.%2</source>
        <translation>%1: model.%2</translation>
    </message>
    <message>
        <source>%1: the formula cannot be read: %2</source>
        <translation>%1: die Formel kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 names no dataset; add &quot;dataset&quot; or use --dataset</source>
        <translation>%1 nennt keinen Datenbestand; ergänzen Sie &quot;dataset&quot; oder verwenden Sie --dataset</translation>
    </message>
    <message>
        <source>
Per-site estimates (the model fitted at each site alone; standard errors in parentheses):
</source>
        <translation>
Schätzwerte je Standort (das Modell an jedem Standort allein angepasst; Standardfehler in Klammern):
</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>  participants: %1
</source>
        <translation>  Teilnehmer: %1
</translation>
    </message>
    <message>
        <source>manifest signature verified</source>
        <translation>Signatur des Manifests verifiziert</translation>
    </message>
    <message>
        <source>manifest signature NOT verified</source>
        <translation>Signatur des Manifests NICHT verifiziert</translation>
    </message>
    <message>
        <source>final β attested</source>
        <translation>endgültiges β attestiert</translation>
    </message>
    <message>
        <source>final β NOT attested</source>
        <translation>endgültiges β NICHT attestiert</translation>
    </message>
    <message>
        <source>Coefficients:
</source>
        <translation>Koeffizienten:
</translation>
    </message>
    <message>
        <source>(Dispersion parameter for gaussian family taken to be %1)

</source>
        <translation>(Dispersionsparameter für die Familie gaussian als %1 angenommen)

</translation>
    </message>
    <message>
        <source>(Dispersion parameter for %1 family taken to be 1)

</source>
        <translation>(Dispersionsparameter für die Familie %1 als 1 angenommen)

</translation>
    </message>
    <message>
        <source>    Null deviance: %1  on %2  degrees of freedom
</source>
        <translation>    Null-Devianz: %1  bei %2  Freiheitsgraden
</translation>
    </message>
    <message>
        <source>Residual deviance: %1  on %2  degrees of freedom
</source>
        <translation>Residuen-Devianz: %1  bei %2  Freiheitsgraden
</translation>
    </message>
    <message>
        <source>AIC: %1

</source>
        <translation>AIC: %1

</translation>
    </message>
    <message>
        <source>Number of Fisher Scoring iterations: %1  (%2 federated rounds in all)
</source>
        <translation>Anzahl der Fisher-Scoring-Iterationen: %1  (insgesamt %2 föderierte Runden)
</translation>
    </message>
    <message>
        <source>
Performance (pooled, n = %1, events = %2):
</source>
        <translation>
Modellgüte (zusammengefasst, n = %1, Ereignisse = %2):
</translation>
    </message>
    <message>
        <source>  AUC                    %1  (95% CI %2 to %3)
</source>
        <translation>  AUC                            %1  (95%-KI %2 bis %3)
</translation>
    </message>
    <message>
        <source>  Brier score            %1  (scaled %2)
</source>
        <translation>  Brier-Score                    %1  (skaliert %2)
</translation>
    </message>
    <message>
        <source>  Calibration intercept  %1
</source>
        <translation>  Kalibrierung: Achsenabschnitt  %1
</translation>
    </message>
    <message>
        <source>  Calibration slope      %1
</source>
        <translation>  Kalibrierung: Steigung         %1
</translation>
    </message>
    <message>
        <source>  Observed/expected      %1
</source>
        <translation>  Beobachtet/erwartet            %1
</translation>
    </message>
    <message>
        <source>
Per site:
</source>
        <translation>
Je Standort:
</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-KI</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>
Left out after a failure (--continue-without-failed): %1
</source>
        <translation>
Nach einem Fehler weggelassen (--continue-without-failed): %1
</translation>
    </message>
    <message>
        <source>
Design %1
</source>
        <translation>
Entwurf %1
</translation>
    </message>
    <message>
        <source>%1 rounds in %2 ms; started %3, finished %4
</source>
        <translation>%1 Runden in %2 ms; gestartet %3, beendet %4
</translation>
    </message>
    <message>
        <source>no command given; try &apos;fairstart-cli --help&apos;</source>
        <translation>kein Befehl angegeben; versuchen Sie &apos;fairstart-cli --help&apos;</translation>
    </message>
    <message>
        <source>&apos;sites&apos; takes the subcommand &apos;check&apos;: fairstart-cli sites check --sites FILE</source>
        <translation>&apos;sites&apos; kennt den Unterbefehl &apos;check&apos;: fairstart-cli sites check --sites FILE</translation>
    </message>
    <message>
        <source>Also write the workbench&apos;s PDF report of the run (A4) to this file (drawn by fairstart-report, installed with the workbench).</source>
        <translation>Zusätzlich den PDF-Bericht der Analyse aus der Workbench (A4) in diese Datei schreiben (erstellt von fairstart-report, das mit der Workbench installiert wird).</translation>
    </message>
    <message>
        <source>the PDF report is drawn by fairstart-report, which is installed with the workbench and was not found next to fairstart-cli (%1). Install the workbench, or write the run with --format json and open the report from it later with &apos;fairstart-report --out FILE.pdf RUN.json&apos;.</source>
        <translation>der PDF-Bericht wird von fairstart-report erstellt, das mit der Workbench installiert wird und neben fairstart-cli nicht gefunden wurde (%1). Installieren Sie die Workbench, oder schreiben Sie die Analyse mit --format json und erstellen Sie den Bericht später daraus mit &apos;fairstart-report --out FILE.pdf RUN.json&apos;.</translation>
    </message>
    <message>
        <source>fairstart-report (%1) could not be started: %2</source>
        <translation>fairstart-report (%1) konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>fairstart-report did not finish the report within five minutes; nothing was written to %1.</source>
        <translation>fairstart-report hat den Bericht nicht innerhalb von fünf Minuten fertiggestellt; nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>fairstart-report could not write the report (%1)</source>
        <translation>fairstart-report konnte den Bericht nicht schreiben (%1)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Steigung der Kalibrierung</translation>
    </message>
    <message>
        <source>Calibration-in-the-large</source>
        <translation>Kalibrierung im Mittel</translation>
    </message>
    <message>
        <source>Observed/expected</source>
        <translation>Beobachtet/erwartet</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>treat all</source>
        <translation>alle behandeln</translation>
    </message>
    <message>
        <source>treat none</source>
        <translation>niemanden behandeln</translation>
    </message>
    <message>
        <source>± bound</source>
        <translation>± Schranke</translation>
    </message>
    <message>
        <source>Leave-one-site-out validation (internal–external cross-validation)
</source>
        <translation>Validierung mit Auslassen je eines Standorts (intern-externe Kreuzvalidierung)
</translation>
    </message>
    <message>
        <source>Model: %1
</source>
        <translation>Modell: %1
</translation>
    </message>
    <message>
        <source>Each site in turn is held out: the model is fitted on the other sites (the held-out site only observes that study) and evaluated on the held-out site&apos;s records.

</source>
        <translation>Jeder Standort wird der Reihe nach ausgelassen: Das Modell wird an den anderen Standorten angepasst (der ausgelassene Standort beobachtet diese Studie nur) und an den Datensätzen des ausgelassenen Standorts evaluiert.

</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>CITL</source>
        <translation>CITL</translation>
    </message>
    <message>
        <source>trained on</source>
        <translation>angepasst an</translation>
    </message>
    <message>
        <source>no result (%1): %2</source>
        <translation>kein Ergebnis (%1): %2</translation>
    </message>
    <message>
        <source>Pooled over the held-out sites (random effects: REML, Knapp–Hartung 95% CI, 95% prediction interval; AUC on the logit scale, O/E on the log scale):
</source>
        <translation>Zusammengefasst über die ausgelassenen Standorte (Zufallseffekte: REML, Knapp-Hartung-95%-KI, 95%-Vorhersageintervall; AUC auf der Logit-Skala, B/E auf der Log-Skala):
</translation>
    </message>
    <message>
        <source>%1  (95% CI %2 to %3; PI %4 to %5; tau² %6; %7 sites)</source>
        <translation>%1  (95%-KI %2 bis %3; VI %4 bis %5; tau² %6; %7 Standorte)</translation>
    </message>
    <message>
        <source>
Decision curve of the held-out predictions, all sites together (net benefit per record; treat when the risk is at least the threshold):
</source>
        <translation>
Entscheidungskurve der Vorhersagen für die ausgelassenen Standorte, alle Standorte zusammen (Nettonutzen je Datensatz; behandeln, wenn das Risiko mindestens den Schwellenwert erreicht):
</translation>
    </message>
    <message>
        <source>
Design %1 (the same for every held-out site)
</source>
        <translation>
Entwurf %1 (derselbe für jeden ausgelassenen Standort)
</translation>
    </message>
    <message>
        <source>Risk thresholds for the decision curve and the threshold metrics, each strictly between 0 and 1 (fit: none; validate: 0.05 to 0.5 in steps of 0.05).</source>
        <translation>Risikoschwellenwerte für die Entscheidungskurve und die Schwellenwert-Maße, jeweils echt zwischen 0 und 1 (fit: keine; validate: 0,05 bis 0,5 in Schritten von 0,05).</translation>
    </message>
    <message numerus="yes">
        <source>  (apparent: scored on the records the model was fitted on; AUC with pairs within a site exact at %1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)
</source>
        <translation>
            <numerusform>  (scheinbar: bewertet an den Datensätzen, an die das Modell angepasst wurde; AUC mit Paaren innerhalb eines Standorts exakt an %1 von %n Standort, %2% aller Paare exakt geordnet; Fehlerschranke ±%3)
</numerusform>
            <numerusform>  (scheinbar: bewertet an den Datensätzen, an die das Modell angepasst wurde; AUC mit Paaren innerhalb eines Standorts exakt an %1 von %n Standorten, %2% aller Paare exakt geordnet; Fehlerschranke ±%3)
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Decision curve, all sites (net benefit per record; treat when the risk is at least the threshold):
</source>
        <translation>
Entscheidungskurve, alle Standorte (Nettonutzen je Datensatz; behandeln, wenn das Risiko mindestens den Schwellenwert erreicht):
</translation>
    </message>
    <message>
        <source>Decision curve, %1:
</source>
        <translation>Entscheidungskurve, %1:
</translation>
    </message>
    <message>
        <source>binomial (default; validation needs two outcome classes).</source>
        <translation>binomial (Standard; die Validierung braucht eine Zielgröße mit zwei Klassen).</translation>
    </message>
    <message>
        <source>Leave one site out: for each site, the model is fitted on all other sites and evaluated at that site (n, events, AUC, calibration slope and in-the-large, O/E, Brier score, decision curve); the measures are pooled with a random-effects meta-analysis. Needs three or more sites.</source>
        <translation>Einen Standort auslassen: Für jeden Standort wird das Modell an allen anderen Standorten angepasst und an diesem Standort evaluiert (n, Ereignisse, AUC, Steigung der Kalibrierung und Kalibrierung im Mittel, B/E, Brier-Score, Entscheidungskurve); die Maße werden mit einer Metaanalyse mit Zufallseffekten zusammengefasst. Braucht drei oder mehr Standorte.</translation>
    </message>
    <message>
        <source>validate needs --family binomial: its measures (AUC, calibration, O/E, Brier score) are those of a risk model</source>
        <translation>validate braucht --family binomial: Seine Maße (AUC, Kalibrierung, B/E, Brier-Score) sind die eines Risikomodells</translation>
    </message>
    <message>
        <source>validate needs at least %1 sites (each is held out in turn, and the pooled measures need three); the sites file gives %2</source>
        <translation>validate braucht mindestens %1 Standorte (jeder wird der Reihe nach ausgelassen, und die zusammengefassten Maße brauchen drei); die Standortdatei nennt %2</translation>
    </message>
    <message>
        <source>holding out %1 (%2 of %3)</source>
        <translation>%1 wird ausgelassen (%2 von %3)</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>See &apos;fairstart-cli %1 --help&apos;.</source>
        <translation>Siehe &apos;fairstart-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>--only names no site; name them as a,b</source>
        <translation>--only nennt keinen Standort; nennen Sie die Standorte als a,b</translation>
    </message>
    <message>
        <source>--subgroup evaluates a binomial model: it needs --family binomial and the evaluation (leave out --no-evaluation)</source>
        <translation>--subgroup evaluiert ein binomiales Modell: Es braucht --family binomial und die Evaluation (lassen Sie --no-evaluation weg)</translation>
    </message>
    <message>
        <source>%1: unknown &quot;family&quot; &apos;%2&apos;; use binomial, poisson or gaussian</source>
        <translation>%1: unbekannte &quot;family&quot; &apos;%2&apos;; verwenden Sie binomial, poisson oder gaussian</translation>
    </message>
    <message>
        <source>Registered validation model %1, dataset %2, %3 mode
</source>
        <translation>Registriertes Validierungsmodell %1, Datenbestand %2, Modus %3
</translation>
    </message>
    <message>
        <source>Design %1
</source>
        <translation>Entwurf %1
</translation>
    </message>
    <message>
        <source>  Calibration slope and intercept: not available for a registered model (the nodes run calibration studies only for a study&apos;s final β)
</source>
        <translation>  Kalibrierungssteigung und -achsenabschnitt: für ein registriertes Modell nicht verfügbar (die Knoten führen Kalibrierungsstudien nur für das endgültige β einer Studie durch)
</translation>
    </message>
    <message>
        <source>n %1, AUC %2, Brier %3</source>
        <translation>n %1, AUC %2, Brier %3</translation>
    </message>
    <message>
        <source>Evaluate a validation model that the sites&apos; administrators registered (fairstart-node models add) on a dataset: AUC, Brier score, O/E, pooled (masked with three or more sites) or per site (plain). No β is sent: each site evaluates its own registered copy.</source>
        <translation>Ein Validierungsmodell, das die Administratoren der Standorte registriert haben (fairstart-node models add), auf einem Datenbestand evaluieren: AUC, Brier-Score, B/E, zusammengefasst (maskiert bei drei oder mehr Standorten) oder je Standort (unmaskiert). Es wird kein β gesendet: Jeder Standort evaluiert seine eigene registrierte Kopie.</translation>
    </message>
    <message>
        <source>The registered validation model, by the name or the hash (sha256:...) its sites registered it under.</source>
        <translation>Das registrierte Validierungsmodell, angegeben mit dem Namen oder dem Hash (sha256:...), unter dem die Standorte es registriert haben.</translation>
    </message>
    <message>
        <source>Your copy of the registered model ({&quot;design&quot;, &quot;beta&quot;}, the file the sites registered). Needed for the masked mode; the β is never sent, only its hash is compared with what every site attests.</source>
        <translation>Ihre Kopie des registrierten Modells ({&quot;design&quot;, &quot;beta&quot;}, die Datei, die die Standorte registriert haben). Für den maskierten Modus erforderlich; das β wird nie gesendet, nur sein Hash wird mit dem verglichen, was jeder Standort attestiert.</translation>
    </message>
    <message>
        <source>evaluate needs --model NAME|HASH or --model-file FILE (see &apos;fairstart-cli evaluate --help&apos;)</source>
        <translation>evaluate braucht --model NAME|HASH oder --model-file FILE (siehe &apos;fairstart-cli evaluate --help&apos;)</translation>
    </message>
    <message>
        <source>Also evaluate the final model by subgroup (fairness): a categorical or binary catalogue variable such as sex or migration_background, a numeric one with --subgroup-edges (e.g. income_quintile), or &quot;site&quot;. Each site releases each cell under its own rules; withheld cells are shown as withheld.</source>
        <translation>Das endgültige Modell auch nach Untergruppen evaluieren (Fairness): eine kategoriale oder binäre Katalogvariable wie sex oder migration_background, eine numerische mit --subgroup-edges (z. B. income_quintile) oder &quot;site&quot;. Jeder Standort gibt jede Zelle nach seinen eigenen Regeln frei; zurückgehaltene Zellen werden als zurückgehalten angezeigt.</translation>
    </message>
    <message>
        <source>--%1 needs a variable name from the catalogue; &apos;%2&apos; is not one.</source>
        <translation>--%1 braucht einen Variablennamen aus dem Katalog; &apos;%2&apos; ist keiner.</translation>
    </message>
    <message>
        <source>--subgroup-edges needs --subgroup VAR</source>
        <translation>--subgroup-edges braucht --subgroup VAR</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Ausprägung</translation>
    </message>
    <message>
        <source>(missing/other)</source>
        <translation>(fehlend/sonstige)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation>zurückgehalten: %1</translation>
    </message>
    <message>
        <source>
Held-out site %1:</source>
        <translation>
Ausgelassener Standort %1:</translation>
    </message>
    <message>
        <source>--thresholds takes risks strictly between 0 and 1 separated by commas, such as 0.1,0.2; &apos;%1&apos; is not one.</source>
        <translation>--thresholds erwartet Risiken echt zwischen 0 und 1, durch Kommas getrennt, wie 0.1,0.2; &apos;%1&apos; ist keines.</translation>
    </message>
    <message>
        <source>--subgroup-edges takes 2 to 21 edges</source>
        <translation>--subgroup-edges erwartet 2 bis 21 Grenzen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;withheld at %n site(s)&gt;</source>
        <translation>
            <numerusform>&lt;zurückgehalten an %n Standort&gt;</numerusform>
            <numerusform>&lt;zurückgehalten an %n Standorten&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, cohort %4, mode masked (study %5: only the sum over the sites was decoded; no site&apos;s own numbers)

</source>
        <translation>Datenbestand %1, Zweck %2, %3 Standorte, Kohorte %4, Modus maskiert (Studie %5: nur die Summe über die Standorte wurde dekodiert; keine eigenen Zahlen eines Standorts)

</translation>
    </message>
    <message>
        <source>Per site: not available in masked mode (the sites released only the sum).
</source>
        <translation>Je Standort: im maskierten Modus nicht verfügbar (die Standorte haben nur die Summe freigegeben).
</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, cohort %4, mode plain (each site&apos;s released numbers, added by this program)

</source>
        <translation>Datenbestand %1, Zweck %2, %3 Standorte, Kohorte %4, Modus unmaskiert (die freigegebenen Zahlen jedes Standorts, von diesem Programm addiert)

</translation>
    </message>
    <message>
        <source>fairstart-cli: %1; asking again in %2 s (attempt %3)</source>
        <translation>fairstart-cli: %1; erneute Anfrage in %2 s (Versuch %3)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are sites check, catalogue, fit, run, describe, trends, validate and evaluate (see &apos;fairstart-cli --help&apos;)</source>
        <translation>unbekannter Befehl &apos;%1&apos;; die Befehle sind sites check, catalogue, fit, run, describe, trends, validate und evaluate (siehe &apos;fairstart-cli --help&apos;)</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>The categorical or yes/no variables to count per period.</source>
        <translation>Die kategorialen oder Ja/Nein-Variablen, die je Zeitraum gezählt werden.</translation>
    </message>
    <message>
        <source>The numeric variable whose whole values are the periods (default birth_year).</source>
        <translation>Die numerische Variable, deren ganzzahlige Werte die Zeiträume sind (Standard birth_year).</translation>
    </message>
    <message>
        <source>The first period, included.</source>
        <translation>Der erste Zeitraum, einschließlich.</translation>
    </message>
    <message>
        <source>The last period, included (at most 50 periods from --from).</source>
        <translation>Der letzte Zeitraum, einschließlich (höchstens 50 Zeiträume ab --from).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2; give the first period with --from and the last with --to</source>
        <translation>--to %1 liegt vor --from %2; geben Sie den ersten Zeitraum mit --from und den letzten mit --to an</translation>
    </message>
    <message>
        <source>--from %1 --to %2 asks for %3 periods; the sites release at most %4 per trend: ask for a shorter span</source>
        <translation>--from %1 --to %2 verlangt %3 Zeiträume; die Standorte geben je Trend höchstens %4 frei: Fordern Sie einen kürzeren Bereich an</translation>
    </message>
    <message>
        <source>%1 answered %2 trends for %3 asked; update the node or ask its administrator</source>
        <translation>%1 hat %2 Trends für %3 angefragte geliefert; aktualisieren Sie den Knoten oder fragen Sie dessen Administrator</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, by %4 from %5 to %6
</source>
        <translation>Datenbestand %1, Zweck %2, %3 Standorte, nach %4 von %5 bis %6
</translation>
    </message>
    <message>
        <source>withheld by the site (%1, rule %2): %3</source>
        <translation>vom Standort zurückgehalten (%1, Regel %2): %3</translation>
    </message>
    <message>
        <source>descriptives signed</source>
        <translation>deskriptive Statistik signiert</translation>
    </message>
    <message>
        <source>descriptives NOT signed</source>
        <translation>deskriptive Statistik NICHT signiert</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, by %4 from %5 to %6, mode masked (study %7: only the sum over the sites was decoded; no site&apos;s own numbers)
</source>
        <translation>Datenbestand %1, Zweck %2, %3 Standorte, nach %4 von %5 bis %6, Modus maskiert (Studie %7: nur die Summe über die Standorte wurde dekodiert; keine eigenen Zahlen eines Standorts)
</translation>
    </message>
    <message>
        <source>Counts of categorical or yes/no variables per year of birth, pooled (and per site in plain mode): the dashboard&apos;s trends. Each site releases a trend as one table under its disclosure rules; a cell withheld at a site is withheld in the pooled row as well. With three or more sites the trends are masked: only the sum over the sites is decoded.</source>
        <translation>Anzahlen kategorialer oder Ja/Nein-Variablen je Geburtsjahr, über alle Standorte zusammengefasst (und im Modus plain je Standort): die Trends der Übersicht. Jeder Standort gibt einen Trend als eine Tabelle nach seinen Offenlegungsregeln frei; eine an einem Standort zurückgehaltene Zelle wird auch in der zusammengefassten Zeile zurückgehalten. Bei drei oder mehr Standorten werden die Trends maskiert: Nur die Summe über die Standorte wird dekodiert.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Histograms, pooled on the finest lattice common to every site (a cell is counted where its ends are edges of every site&apos;s histogram; no site&apos;s own histogram was decoded)</source>
        <translation>Histogramme, zusammengefasst auf dem feinsten Gitter, das allen Standorten gemeinsam ist (eine Zelle wird gezählt, wo ihre Enden Grenzen im Histogramm jedes Standorts sind; kein eigenes Histogramm eines Standorts wurde dekodiert)</translation>
    </message>
    <message>
        <source>Histograms, pooled on the finest lattice common to every site (a cell is counted where its ends are edges of every site&apos;s released histogram; the sites&apos; histograms added by this program)</source>
        <translation>Histogramme, zusammengefasst auf dem feinsten Gitter, das allen Standorten gemeinsam ist (eine Zelle wird gezählt, wo ihre Enden Grenzen im freigegebenen Histogramm jedes Standorts sind; die Histogramme der Standorte wurden von diesem Programm addiert)</translation>
    </message>
    <message>
        <source>%1: the site&apos;s own edges (bins merged where its records are sparse), %2 records outside %3 to %4 (its tails, never released)</source>
        <translation>%1: die eigenen Grenzen des Standorts (Intervalle zusammengelegt, wo seine Datensätze spärlich sind), %2 Datensätze außerhalb von %3 bis %4 (seine Randbereiche, nie freigegeben)</translation>
    </message>
    <message>
        <source>%1: step %2, %3 records outside %4 to %5 (the sites&apos; tails, never released, and cells some site released only merged)</source>
        <translation>%1: Schrittweite %2, %3 Datensätze außerhalb von %4 bis %5 (die Randbereiche der Standorte, nie freigegeben, und Zellen, die ein Standort nur zusammengelegt freigegeben hat)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: step %2, %3 records outside %4 to %5 (%6): each site&apos;s tails, never released, and cells a site released only merged with a neighbour, where fewer than its minimum cell count of records lie</source>
        <translation>%1: Schrittweite %2, %3 Datensätze außerhalb von %4 bis %5 (%6): die Randbereiche jedes Standorts, nie freigegeben, und Zellen, die ein Standort nur mit einer Nachbarzelle zusammengelegt freigegeben hat, weil darin weniger Datensätze als seine Mindestzellbesetzung liegen</translation>
    </message>
    <message>
        <source>Descriptives of variables, pooled over the sites and per site: n, missing, mean and SD, level counts, and the pooled histogram of each numeric variable on a lattice common to every site. Minimum and maximum are never released.</source>
        <translation>Deskriptive Statistik von Variablen, über die Standorte zusammengefasst und je Standort: n, fehlende Werte, Mittelwert und SD, Anzahlen je Ausprägung und das zusammengefasste Histogramm jeder numerischen Variablen auf einem allen Standorten gemeinsamen Gitter. Minimum und Maximum werden nie freigegeben.</translation>
    </message>
    <message>
        <source>The sites&apos; histograms were not released (%1); the table is complete. Describe again for the histograms.</source>
        <translation>Die Histogramme der Standorte wurden nicht freigegeben (%1); die Tabelle ist vollständig. Beschreiben Sie erneut, um die Histogramme zu erhalten.</translation>
    </message>
    <message>
        <source>The cells of a numeric --subgroup variable: increasing edges, each an edge of every site&apos;s histogram of it (describe it to see them; a site refuses other numbers and names the nearest allowed ones). Cell i is [e_i, e_i+1); the records below the first edge and at or above the last are one more cell.</source>
        <translation>Die Zellen einer numerischen --subgroup-Variablen: aufsteigende Grenzen, jede eine Grenze im Histogramm jedes Standorts für diese Variable (beschreiben Sie die Variable, um die Grenzen zu sehen; ein Standort lehnt andere Zahlen ab und nennt die nächstgelegenen erlaubten). Zelle i ist [e_i, e_i+1); die Datensätze unterhalb der ersten Grenze und ab der letzten Grenze bilden eine weitere Zelle.</translation>
    </message>
    <message>
        <source>--subgroup-edges takes increasing numbers separated by commas, such as 2,3,4,5; &apos;%1&apos; is not the next one.</source>
        <translation>--subgroup-edges erwartet aufsteigende, durch Kommas getrennte Zahlen wie 2,3,4,5; &apos;%1&apos; ist als nächste Zahl ungültig.</translation>
    </message>
    <message>
        <source>%1 %2 is a folder; give a file name.</source>
        <translation>%1 %2 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not exist; create it or choose another path.</source>
        <translation>%1 %2: Der Ordner %3 existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>%1 %2: you may not write there; choose another path.</source>
        <translation>%1 %2: Sie dürfen dort nicht schreiben; wählen Sie einen anderen Pfad.</translation>
    </message>
    <message numerus="yes">
        <source>The histograms are the decoded sums of %n more descriptives study(ies) of the same sites (%1; their signatures below).</source>
        <translation>
            <numerusform>Die Histogramme sind die dekodierten Summen der %n weiteren Studie zur deskriptiven Statistik derselben Standorte (%1; ihre Signaturen siehe unten).</numerusform>
            <numerusform>Die Histogramme sind die dekodierten Summen der %n weiteren Studien zur deskriptiven Statistik derselben Standorte (%1; ihre Signaturen siehe unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>  study %1
</source>
        <translation>  Studie %1
</translation>
    </message>
    <message>
        <source>  masked: each site&apos;s descriptives were masked; only the sum over all participants could be read.
</source>
        <translation>  maskiert: Die deskriptive Statistik jedes Standorts wurde maskiert; nur die Summe über alle Teilnehmer war lesbar.
</translation>
    </message>
    <message>
        <source>  masked: each site&apos;s statistics were masked; only the sum over all participants could be read.
</source>
        <translation>  maskiert: Die Statistiken jedes Standorts wurden maskiert; nur die Summe über alle Teilnehmer war lesbar.
</translation>
    </message>
    <message>
        <source>  plain: each site&apos;s statistics were sent in the clear.
</source>
        <translation>  unmaskiert: Die Statistiken jedes Standorts wurden im Klartext übertragen.
</translation>
    </message>
    <message>
        <source>  observers (not contributing): %1
</source>
        <translation>  Beobachter (ohne Beitrag): %1
</translation>
    </message>
    <message>
        <source>answer signed</source>
        <translation>Antwort signiert</translation>
    </message>
    <message>
        <source>answer NOT signed</source>
        <translation>Antwort NICHT signiert</translation>
    </message>
    <message>
        <source>  Every site signed this result.
</source>
        <translation>  Jeder Standort hat dieses Ergebnis signiert.
</translation>
    </message>
    <message>
        <source>  Not every site signed this result.
</source>
        <translation>  Nicht jeder Standort hat dieses Ergebnis signiert.
</translation>
    </message>
    <message numerus="yes">
        <source>Studies of this run: %n, every one signed by every site.</source>
        <translation>
            <numerusform>Studien dieser Analyse: %n, von jedem Standort signiert.</numerusform>
            <numerusform>Studien dieser Analyse: %n, jede von jedem Standort signiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Studies of this run: %n; NOT every site&apos;s signature verified in: %1 (below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</source>
        <translation>
            <numerusform>Studien dieser Analyse: %n; NICHT jede Signatur der Standorte wurde bestätigt für: %1 (wo genau, steht unten). Verlassen Sie sich nicht auf diese Ergebnisse, bevor die Administratoren der Standorte sie geprüft haben.</numerusform>
            <numerusform>Studien dieser Analyse: %n; NICHT jede Signatur der Standorte wurde bestätigt für: %1 (wo genau, steht unten). Verlassen Sie sich nicht auf diese Ergebnisse, bevor die Administratoren der Standorte sie geprüft haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>the fits at each site alone</source>
        <translation>die Anpassungen an jedem Standort allein</translation>
    </message>
    <message>
        <source>the evaluation (plain mode)</source>
        <translation>die Evaluation (unmaskierter Modus)</translation>
    </message>
    <message>
        <source>Not studies: %1. The nodes&apos; answers to these came over each site&apos;s pinned connection and are not signed.</source>
        <translation>Keine Studien: %1. Die Antworten der Knoten darauf kamen über die gepinnte Verbindung jedes Standorts und sind nicht signiert.</translation>
    </message>
    <message>
        <source>could not write the variable labels for the report to a temporary file (%1); check the free space of the temporary folder.</source>
        <translation>die Variablenbeschriftungen für den Bericht konnten nicht in eine temporäre Datei geschrieben werden (%1); prüfen Sie den freien Platz im temporären Ordner.</translation>
    </message>
    <message>
        <source>
By subgroup: %1 (AUC and O/E pooled over the sites)
  Slope and CITL in the &quot;all&quot; rows: each site&apos;s own fit of the cell, combined by
  inverse-variance weights (fixed effect); not a fit on the pooled records.
</source>
        <translation>
Nach Untergruppe: %1 (AUC und B/E über die Standorte zusammengefasst)
  Steigung und CITL in den Zeilen &quot;all&quot;: die eigene Anpassung jedes Standorts für die Zelle, kombiniert mit
  inversen Varianzgewichten (fixed effect); keine Anpassung an den zusammengefassten Datensätzen.
</translation>
    </message>
    <message numerus="yes">
        <source>  (masked: pairs within a site exact at %1 of %n site(s), across sites from risk bins; no error bound)
</source>
        <translation>
            <numerusform>  (maskiert: Paare innerhalb eines Standorts exakt an %1 von %n Standort, übergreifend aus Risikoklassen; keine Fehlerschranke)
</numerusform>
            <numerusform>  (maskiert: Paare innerhalb eines Standorts exakt an %1 von %n Standorten, übergreifend aus Risikoklassen; keine Fehlerschranke)
</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>  (the model was fitted elsewhere: scored on these sites&apos; records, not an apparent performance; AUC with pairs within a site exact at %1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)
</source>
        <translation>
            <numerusform>  (das Modell wurde anderswo angepasst: bewertet an den Datensätzen dieser Standorte, keine scheinbare Güte; AUC mit Paaren innerhalb eines Standorts exakt an %1 von %n Standort, %2% aller Paare exakt geordnet; Fehlerschranke ±%3)
</numerusform>
            <numerusform>  (das Modell wurde anderswo angepasst: bewertet an den Datensätzen dieser Standorte, keine scheinbare Güte; AUC mit Paaren innerhalb eines Standorts exakt an %1 von %n Standorten, %2% aller Paare exakt geordnet; Fehlerschranke ±%3)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration slope and calibration-in-the-large: of the fit on the records it was fitted to, computed by this client from the fit study&apos;s last summed statistics (which every site signed), not by studies of their own. On those records a converged model with an intercept has slope 1 and intercept 0 up to the fit&apos;s tolerance; their standard errors come from the same sums.</source>
        <translation>Kalibrierungssteigung und Calibration-in-the-large: der Anpassung auf den Datensätzen, an die sie angepasst wurde, von diesem Client aus den letzten summierten Statistiken der Anpassungsstudie berechnet (die jeder Standort signiert hat), nicht durch eigene Studien. Auf diesen Datensätzen hat ein konvergiertes Modell mit Achsenabschnitt die Steigung 1 und den Achsenabschnitt 0 bis auf die Toleranz der Anpassung; ihre Standardfehler stammen aus denselben Summen.</translation>
    </message>
    <message>
        <source>Fit on the records that have every one of these variables (and the model&apos;s own): a series of models that lists the variables of its largest model shares one cohort, which the sites&apos; differencing rule then allows.</source>
        <translation>Auf den Datensätzen schätzen, die jede dieser Variablen haben (und die des Modells selbst): Eine Reihe von Modellen, die die Variablen ihres größten Modells angibt, teilt eine Kohorte, die die Differenzregel der Standorte dann zulässt.</translation>
    </message>
    <message>
        <source>--complete-cases takes variable names separated by commas, such as birth_weight_g,apgar_5min; &apos;%1&apos; has an empty name</source>
        <translation>--complete-cases erwartet durch Kommas getrennte Variablennamen, etwa birth_weight_g,apgar_5min; &apos;%1&apos; enthält einen leeren Namen</translation>
    </message>
    <message>
        <source>--complete-cases names &apos;%1&apos; twice; name each variable once</source>
        <translation>--complete-cases nennt &apos;%1&apos; zweimal; nennen Sie jede Variable nur einmal</translation>
    </message>
    <message>
        <source>--complete-cases names %1 variables; at most %2 are allowed</source>
        <translation>--complete-cases nennt %1 Variablen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 allows %2</source>
        <translation>%1 erlaubt %2</translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation>keinen Zweck</translation>
    </message>
    <message>
        <source>--purpose &apos;%1&apos; is not a purpose of your token at every site (%2), and the tokens share none; ask the sites for tokens with a common purpose</source>
        <translation>--purpose &apos;%1&apos; ist nicht an jedem Standort ein Zweck Ihres Tokens (%2), und die Tokens haben keinen gemeinsamen; bitten Sie die Standorte um Tokens mit einem gemeinsamen Zweck</translation>
    </message>
    <message>
        <source>--purpose &apos;%1&apos; is not a purpose of your token at every site (%2); use one the tokens share: %3</source>
        <translation>--purpose &apos;%1&apos; ist nicht an jedem Standort ein Zweck Ihres Tokens (%2); verwenden Sie einen, den die Tokens gemeinsam haben: %3</translation>
    </message>
    <message>
        <source>Cohort: the complete cases of %1 and the model&apos;s variables

</source>
        <translation>Kohorte: die vollständigen Fälle von %1 und den Variablen des Modells

</translation>
    </message>
    <message>
        <source>Usage: fairstart-cli COMMAND [options]

The Fairstart federation from a terminal: every number comes from the sites as an
aggregate that passed their disclosure checks; no record ever reaches this program.

Commands:
  sites check --sites FILE            reachability, pin, versions, policy of each site
  catalogue --sites FILE [--dataset NAME]
                                      the variables the sites offer
  fit --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot; [--family F]
                                      a federated GLM with its performance
  run --sites FILE --design FILE.json the same for a saved design
  describe --sites FILE --dataset NAME --vars a,b,c
                                      pooled and per-site descriptives
  trends --sites FILE --dataset NAME --vars a,b --from YEAR --to YEAR
                                      counts per year of birth, pooled and per site
  validate --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot;
                                      leave one site out: each site scores the
                                      model fitted on the others; pooled measures
  evaluate --sites FILE --dataset NAME --model NAME|HASH [--model-file FILE]
                                      a validation model the sites registered

&apos;fairstart-cli COMMAND --help&apos; lists a command&apos;s options. Exit codes: 0 success,
1 a site or the analysis failed (one line names the site and the reason), 2 wrong
usage or input. See docs/cli.md.

Options:
  -h, --help     this help
  --version      the version of this program, its protocol and libcurl
  --lang LANG    the language of the messages: en, nl, de or fr (default: the
                 system&apos;s); numbers, JSON and CSV are the same in every language
</source>
        <translation>Aufruf: fairstart-cli COMMAND [options]

Die Fairstart-Föderation im Terminal: Jede Zahl kommt von den Standorten als Aggregat,
das deren Offenlegungsprüfungen bestanden hat; kein Datensatz erreicht je dieses Programm.

Befehle:
  sites check --sites FILE            Erreichbarkeit, Pin, Versionen, Richtlinie
                                      jedes Standorts
  catalogue --sites FILE [--dataset NAME]
                                      die Variablen, die die Standorte anbieten
  fit --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot; [--family F]
                                      ein föderiertes GLM mit seiner Modellgüte
  run --sites FILE --design FILE.json dasselbe für einen gespeicherten Entwurf
  describe --sites FILE --dataset NAME --vars a,b,c
                                      deskriptive Statistik, zusammengefasst und
                                      je Standort
  trends --sites FILE --dataset NAME --vars a,b --from YEAR --to YEAR
                                      Anzahlen je Geburtsjahr, zusammengefasst und
                                      je Standort
  validate --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot;
                                      je einen Standort auslassen: Jeder Standort
                                      bewertet das an den anderen angepasste Modell;
                                      zusammengefasste Maße
  evaluate --sites FILE --dataset NAME --model NAME|HASH [--model-file FILE]
                                      ein Validierungsmodell, das die Standorte
                                      registriert haben

&apos;fairstart-cli COMMAND --help&apos; zeigt die Optionen eines Befehls. Exit-Codes: 0 Erfolg,
1 ein Standort oder die Analyse ist gescheitert (eine Zeile nennt den Standort und
den Grund), 2 falscher Aufruf oder falsche Eingabe. Siehe docs/cli.md.

Optionen:
  -h, --help     diese Hilfe
  --version      die Version dieses Programms, seines Protokolls und von libcurl
  --lang SPRACHE die Sprache der Meldungen: en, nl, de oder fr (Standard: die des
                 Systems); Zahlen, JSON und CSV sind in jeder Sprache gleich
</translation>
    </message>
    <message>
        <source>unknown --lang &apos;%1&apos;; use one of: %2</source>
        <translation>unbekannte --lang &apos;%1&apos;; verwenden Sie eine von: %2</translation>
    </message>
</context>
<context>
    <name>Fairstart::Client</name>
    <message>
        <source>No sites were chosen; name at least one site.</source>
        <translation>Es wurden keine Standorte ausgewählt; nennen Sie mindestens einen Standort.</translation>
    </message>
    <message>
        <source>A run needs a dataset and a purpose; name both.</source>
        <translation>Eine Analyse braucht einen Datenbestand und einen Zweck; nennen Sie beide.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>left out after a failure in %1: %2</source>
        <translation>nach einem Fehler in %1 weggelassen: %2</translation>
    </message>
    <message>
        <source>The variable %1 has no spread across the sites&apos; cohorts, so it cannot be standardised or given spline knots; use it as is or leave it out.</source>
        <translation>Die Variable %1 hat in den Kohorten der Standorte keine Streuung, daher kann sie weder standardisiert noch mit Spline-Knoten versehen werden; verwenden Sie sie unverändert oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>the node&apos;s design terms differ from the client&apos;s</source>
        <translation>die Entwurfsterme des Knotens weichen von denen des Clients ab</translation>
    </message>
    <message>
        <source>the node&apos;s job terms differ from another site&apos;s</source>
        <translation>die Job-Terme des Knotens weichen von denen eines anderen Standorts ab</translation>
    </message>
    <message>
        <source>Site %1 speaks protocol version %2, this client version %3.0; update the older of the two.</source>
        <translation>Standort %1 verwendet Protokollversion %2, dieser Client Version %3.0; aktualisieren Sie die ältere der beiden Seiten.</translation>
    </message>
    <message>
        <source>Site %1 has no dataset &apos;%2&apos;; its datasets are: %3. Check the dataset name.</source>
        <translation>Standort %1 hat keinen Datenbestand &apos;%2&apos;; seine Datenbestände sind: %3. Prüfen Sie den Namen des Datenbestands.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Site %1 has no dataset &apos;%2&apos; for this purpose; its datasets are: %3. Check the dataset name and the purpose.</source>
        <translation>Standort %1 hat für diesen Zweck keinen Datenbestand &apos;%2&apos;; seine Datenbestände sind: %3. Prüfen Sie den Namen des Datenbestands und den Zweck.</translation>
    </message>
    <message>
        <source>Site %1 has no variable &apos;%2&apos; in dataset %3. Check the spelling with &apos;fairstart-cli catalogue&apos;, or leave the site out.</source>
        <translation>Standort %1 hat keine Variable &apos;%2&apos; im Datenbestand %3. Prüfen Sie die Schreibweise mit &apos;fairstart-cli catalogue&apos; oder lassen Sie den Standort weg.</translation>
    </message>
    <message>
        <source>The variable %1 is %2 at site %3 but %4 at site %5; the sites must agree on its type before it can be analysed together.</source>
        <translation>Die Variable %1 hat bei Standort %3 den Typ %2, bei Standort %5 aber den Typ %4; die Standorte müssen sich auf einen Typ einigen, bevor die Variable gemeinsam analysiert werden kann.</translation>
    </message>
    <message>
        <source>Site %1 sent an answer this client cannot read (%2). The node may run an incompatible version; compare the versions with &apos;fairstart-cli sites check&apos;.</source>
        <translation>Standort %1 hat eine Antwort gesendet, die dieser Client nicht lesen kann (%2). Möglicherweise läuft auf dem Knoten eine inkompatible Version; vergleichen Sie die Versionen mit &apos;fairstart-cli sites check&apos;.</translation>
    </message>
    <message>
        <source>not valid JSON at character %1 (%2); a sites file looks like {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</source>
        <translation>kein gültiges JSON bei Zeichen %1 (%2); eine Standortdatei sieht so aus: {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</translation>
    </message>
    <message>
        <source>no &quot;sites&quot; list; a sites file looks like {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</source>
        <translation>keine Liste &quot;sites&quot;; eine Standortdatei sieht so aus: {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; only &quot;sites&quot; is allowed.</source>
        <translation>unbekanntes Feld &quot;%1&quot;; nur &quot;sites&quot; ist erlaubt.</translation>
    </message>
    <message>
        <source>the &quot;sites&quot; list is empty; add at least one site.</source>
        <translation>die Liste &quot;sites&quot; ist leer; fügen Sie mindestens einen Standort hinzu.</translation>
    </message>
    <message>
        <source>: not an object with name, url, pin and token.</source>
        <translation>: kein Objekt mit name, url, pin und token.</translation>
    </message>
    <message>
        <source>: must be a string.</source>
        <translation>: muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>: give either token or token_env, not both.</source>
        <translation>: geben Sie entweder token oder token_env an, nicht beides.</translation>
    </message>
    <message>
        <source>: the environment variable %1 (token_env) is not set; set it to the site&apos;s token.</source>
        <translation>: die Umgebungsvariable %1 (token_env) ist nicht gesetzt; setzen Sie sie auf das Token des Standorts.</translation>
    </message>
    <message>
        <source>: the name %1 is used twice; give every site its own name.</source>
        <translation>: der Name %1 kommt zweimal vor; geben Sie jedem Standort einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Cannot read the sites file %1 (%2); check the path given with --sites.</source>
        <translation>Die Standortdatei %1 kann nicht gelesen werden (%2); prüfen Sie den bei --sites angegebenen Pfad.</translation>
    </message>
    <message>
        <source>The sites file %1 is larger than 16 MiB; it is not a sites file.</source>
        <translation>Die Standortdatei %1 ist größer als 16 MiB; das ist keine Standortdatei.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>There is no site named &apos;%1&apos; in the sites file; the sites are: %2.</source>
        <translation>In der Standortdatei gibt es keinen Standort namens &apos;%1&apos;; die Standorte sind: %2.</translation>
    </message>
    <message>
        <source>Site %1 refused the request (rule %2): %3</source>
        <translation>Standort %1 hat die Anfrage abgelehnt (Regel %2): %3</translation>
    </message>
    <message>
        <source>Site %1 answered HTTP %2 (%3): %4</source>
        <translation>Standort %1 hat mit HTTP %2 (%3) geantwortet: %4</translation>
    </message>
    <message>
        <source>The request to site %1 was cancelled.</source>
        <translation>Die Anfrage an Standort %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Site %1 has no certificate pin, so its identity cannot be checked; nothing was sent. Add the pin (sha256//…) that the site&apos;s administrator printed with &apos;fairstart-node pin&apos;.</source>
        <translation>Für Standort %1 ist kein Zertifikat-Pin angegeben, daher kann seine Identität nicht geprüft werden; es wurde nichts gesendet. Tragen Sie den Pin (sha256//…) ein, den der Administrator des Standorts mit &apos;fairstart-node pin&apos; ausgegeben hat.</translation>
    </message>
    <message>
        <source>The pin of site %1 is not of the form sha256//&lt;44 characters of base64&gt;; nothing was sent. Copy the pin exactly as &apos;fairstart-node pin&apos; prints it.</source>
        <translation>Der Pin von Standort %1 hat nicht die Form sha256//&lt;44 characters of base64&gt; (sha256// gefolgt von 44 Base64-Zeichen); es wurde nichts gesendet. Kopieren Sie den Pin genau so, wie &apos;fairstart-node pin&apos; ihn ausgibt.</translation>
    </message>
    <message>
        <source>The address of site %1 is not an https:// URL with a host; nothing was sent. Use the https address the site&apos;s administrator gave you.</source>
        <translation>Die Adresse von Standort %1 ist keine https://-URL mit Host; es wurde nichts gesendet. Verwenden Sie die https-Adresse, die Ihnen der Administrator des Standorts gegeben hat.</translation>
    </message>
    <message>
        <source>Internal error: a request path must start with &apos;/&apos;.</source>
        <translation>Interner Fehler: Ein Anfragepfad muss mit &apos;/&apos; beginnen.</translation>
    </message>
    <message>
        <source>Site %1 did not answer within %2 s. Check that the node is running and reachable, or allow more time (--timeout).</source>
        <translation>Standort %1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie, ob der Knoten läuft und erreichbar ist, oder lassen Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <source>The node answered HTTP %1 without a readable error. Check that the address points to a Fairstart node.</source>
        <translation>Der Knoten hat mit HTTP %1 ohne lesbare Fehlermeldung geantwortet. Prüfen Sie, ob die Adresse auf einen Fairstart-Knoten zeigt.</translation>
    </message>
    <message>
        <source>The certificate of site %1 does not match its pin: someone may be intercepting the connection, or the node was re-initialised. Check the pin with the site&apos;s administrator.</source>
        <translation>Das Zertifikat von Standort %1 passt nicht zu seinem Pin: Möglicherweise hört jemand die Verbindung ab, oder der Knoten wurde neu eingerichtet. Klären Sie den Pin mit dem Administrator des Standorts.</translation>
    </message>
    <message>
        <source>Site %1 did not answer in time (%2). Check that the node is running and reachable, or allow more time (--timeout).</source>
        <translation>Standort %1 hat nicht rechtzeitig geantwortet (%2). Prüfen Sie, ob der Knoten läuft und erreichbar ist, oder lassen Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <source>Could not connect to site %1 (%2). Check that the node is running and that the address %3 is right.</source>
        <translation>Keine Verbindung zu Standort %1 möglich (%2). Prüfen Sie, ob der Knoten läuft und ob die Adresse %3 stimmt.</translation>
    </message>
    <message>
        <source>The host name of site %1 could not be resolved (%2). Check the address %3 and your network or proxy settings.</source>
        <translation>Der Hostname von Standort %1 konnte nicht aufgelöst werden (%2). Prüfen Sie die Adresse %3 und Ihre Netzwerk- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>Site %1 sent an answer larger than %2 MiB, which no Fairstart answer is; the request was stopped. Check the site&apos;s address.</source>
        <translation>Standort %1 hat eine Antwort von mehr als %2 MiB gesendet – so groß ist keine Fairstart-Antwort; die Anfrage wurde gestoppt. Prüfen Sie die Adresse des Standorts.</translation>
    </message>
    <message>
        <source>No secure connection to site %1 could be established (%2). Check that the address is the node&apos;s https address.</source>
        <translation>Zu Standort %1 konnte keine sichere Verbindung aufgebaut werden (%2). Prüfen Sie, ob die Adresse die https-Adresse des Knotens ist.</translation>
    </message>
    <message>
        <source>The connection to site %1 broke off (%2). Check that the node is still running, then try again.</source>
        <translation>Die Verbindung zu Standort %1 ist abgebrochen (%2). Prüfen Sie, ob der Knoten noch läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request to site %1 failed (%2). Check the address and your network, then try again.</source>
        <translation>Die Anfrage an Standort %1 ist fehlgeschlagen (%2). Prüfen Sie die Adresse und Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>At this site alone the outcome is perfectly or almost perfectly predicted by %1 (separation): its own estimates drift to infinity, so none are shown.</source>
        <translation>An diesem Standort allein wird die Zielgröße durch %1 vollständig oder fast vollständig vorhergesagt (Separation): Seine eigenen Schätzwerte streben gegen unendlich, daher werden keine angezeigt.</translation>
    </message>
    <message>
        <source>At this site alone the term(s) %1 do not vary (a level no record here has, or a constant), so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>An diesem Standort allein variieren die Terme %1 nicht (eine Ausprägung, die hier kein Datensatz hat, oder eine Konstante), daher lässt sich das Modell nicht an die Daten dieses Standorts allein anpassen.</translation>
    </message>
    <message>
        <source>At this site alone the design is singular, so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>An diesem Standort allein ist die Designmatrix singulär, daher lässt sich das Modell nicht an die Daten dieses Standorts allein anpassen.</translation>
    </message>
    <message>
        <source>At this site alone the term(s) %1 are exact combinations of other terms, so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>An diesem Standort allein sind die Terme %1 exakte Kombinationen anderer Terme, daher lässt sich das Modell nicht an die Daten dieses Standorts allein anpassen.</translation>
    </message>
    <message>
        <source>The fit at this site alone gave numbers that are not finite (a fitted value overflowed), so no estimates are shown.</source>
        <translation>Die Anpassung an diesem Standort allein ergab nicht endliche Zahlen (ein angepasster Wert ist übergelaufen), daher werden keine Schätzwerte angezeigt.</translation>
    </message>
    <message>
        <source>The model could not be fitted at this site alone: %1</source>
        <translation>Das Modell ließ sich an diesem Standort allein nicht anpassen: %1</translation>
    </message>
    <message>
        <source>The fit at this site alone stopped: %1</source>
        <translation>Die Anpassung an diesem Standort allein wurde abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>model fitted at this site alone in %n round(s)</source>
        <translation>
            <numerusform>Modell an diesem Standort allein in %n Runde angepasst</numerusform>
            <numerusform>Modell an diesem Standort allein in %n Runden angepasst</numerusform>
        </translation>
    </message>
    <message>
        <source>The fit at this site alone did not converge within the rounds the site allows.</source>
        <translation>Die Anpassung an diesem Standort allein konvergierte nicht innerhalb der Runden, die der Standort erlaubt.</translation>
    </message>
    <message>
        <source>Site %1 failed the client&apos;s check of the study: %2. The study was stopped and nothing more was released; run it again, and if this repeats, tell the site&apos;s administrator.</source>
        <translation>Standort %1 hat die Prüfung der Studie durch den Client nicht bestanden: %2. Die Studie wurde angehalten und nichts weiter freigegeben; führen Sie sie erneut aus und informieren Sie den Administrator des Standorts, wenn dies wieder geschieht.</translation>
    </message>
    <message>
        <source>it opened its job for another study (%1, not %2)</source>
        <translation>er öffnete seinen Job für eine andere Studie (%1, nicht %2)</translation>
    </message>
    <message>
        <source>its job&apos;s design hash %1 differs from the manifest&apos;s %2</source>
        <translation>der Entwurfs-Hash %1 seines Jobs weicht von dem des Manifests (%2) ab</translation>
    </message>
    <message>
        <source>its signature of the study&apos;s manifest does not verify with its pinned signing key</source>
        <translation>seine Signatur des Studienmanifests lässt sich mit seinem gepinnten Signaturschlüssel nicht verifizieren</translation>
    </message>
    <message>
        <source>manifest signed, cohort of %1 records</source>
        <translation>Manifest signiert, Kohorte von %1 Datensätzen</translation>
    </message>
    <message>
        <source>it armed another study or job (%1, job %2)</source>
        <translation>er hat eine andere Studie oder einen anderen Job aktiviert (%1, Job %2)</translation>
    </message>
    <message>
        <source>it verified the signatures of %1, the study&apos;s participants are %2</source>
        <translation>er hat die Signaturen von %1 geprüft, die Teilnehmer der Studie sind aber %2</translation>
    </message>
    <message>
        <source>every participant&apos;s signature verified</source>
        <translation>Signatur jedes Teilnehmers verifiziert</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where every coordinator converged; it did not attest the final β</source>
        <translation>er antwortete &apos;%1&apos;, wo jeder Koordinator konvergierte; er hat das endgültige β nicht attestiert</translation>
    </message>
    <message>
        <source>its attested final β differs from the β this client computed from the same sums</source>
        <translation>sein attestiertes endgültiges β weicht von dem β ab, das dieser Client aus denselben Summen berechnet hat</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where the coordinator failed (%2)</source>
        <translation>er antwortete &apos;%1&apos;, wo der Koordinator scheiterte (%2)</translation>
    </message>
    <message>
        <source>it ended the study (&apos;%1&apos;) in round %2, where this client&apos;s coordinator, on the same sums, goes on</source>
        <translation>er beendete die Studie (&apos;%1&apos;) in Runde %2, während der Koordinator dieses Clients mit denselben Summen weiterrechnet</translation>
    </message>
    <message>
        <source>it computed round %1 at another β (%2) than this client&apos;s coordinator (%3)</source>
        <translation>er hat Runde %1 bei einem anderen β (%2) berechnet als der Koordinator dieses Clients (%3)</translation>
    </message>
    <message>
        <source>fitting the model at this site alone</source>
        <translation>Modell an diesem Standort allein anpassen</translation>
    </message>
    <message>
        <source>its own fit is of another study or design</source>
        <translation>seine eigene Anpassung gehört zu einer anderen Studie oder einem anderen Entwurf</translation>
    </message>
    <message>
        <source>its evaluation is of another design (%1)</source>
        <translation>seine Evaluation gehört zu einem anderen Entwurf (%1)</translation>
    </message>
    <message>
        <source>: unknown field &quot;%1&quot;; allowed are name, url, pin, token, token_env, signing_key and key_agreement_key.</source>
        <translation>: unbekanntes Feld &quot;%1&quot;; erlaubt sind name, url, pin, token, token_env, signing_key und key_agreement_key.</translation>
    </message>
    <message>
        <source>Cannot read the sites file %1 (%2) to record the sites&apos; keys.</source>
        <translation>Die Standortdatei %1 kann nicht gelesen werden (%2), um die Schlüssel der Standorte festzuhalten.</translation>
    </message>
    <message>
        <source>The sites file %1 changed and is no longer a sites file; its keys were not recorded.</source>
        <translation>Die Standortdatei %1 wurde geändert und ist keine Standortdatei mehr; die Schlüssel wurden nicht festgehalten.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2) to record the sites&apos; keys.</source>
        <translation>%1 kann nicht geschrieben werden (%2), um die Schlüssel der Standorte festzuhalten.</translation>
    </message>
    <message>
        <source>Site %1 published no valid study keys in /v1/info (an Ed25519 and an X25519 public key); the node cannot take part in a study. Ask its administrator to update the node.</source>
        <translation>Standort %1 veröffentlicht in /v1/info keine gültigen Studienschlüssel (einen öffentlichen Ed25519- und einen X25519-Schlüssel); der Knoten kann an keiner Studie teilnehmen. Bitten Sie den Administrator, den Knoten zu aktualisieren.</translation>
    </message>
    <message>
        <source>Site %1 signs with another key than the one recorded for it (recorded %2, now %3): the node was re-initialised, or someone is answering in its place. Confirm the new key with the site&apos;s administrator, then remove signing_key and key_agreement_key from the site&apos;s entry so that they are recorded again.</source>
        <translation>Standort %1 signiert mit einem anderen als dem für ihn festgehaltenen Schlüssel (festgehalten %2, jetzt %3): Der Knoten wurde neu initialisiert, oder jemand antwortet an seiner Stelle. Bestätigen Sie den neuen Schlüssel mit dem Administrator des Standorts und entfernen Sie dann signing_key und key_agreement_key aus dem Eintrag des Standorts, damit sie erneut festgehalten werden.</translation>
    </message>
    <message>
        <source>Site %1 presents another key-agreement key than the one recorded for it (recorded %2, now %3): the node was re-initialised, or someone is answering in its place. Confirm the new key with the site&apos;s administrator, then remove signing_key and key_agreement_key from the site&apos;s entry so that they are recorded again.</source>
        <translation>Standort %1 legt einen anderen Schlüsselvereinbarungsschlüssel vor als den für ihn festgehaltenen (festgehalten %2, jetzt %3): Der Knoten wurde neu initialisiert, oder jemand antwortet an seiner Stelle. Bestätigen Sie den neuen Schlüssel mit dem Administrator des Standorts und entfernen Sie dann signing_key und key_agreement_key aus dem Eintrag des Standorts, damit sie erneut festgehalten werden.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 does not allow the plain mode, which a study of %n site(s) needs (masked sums hide a site&apos;s numbers only among three or more sites). Add sites, or ask the site whether its policy can allow plain studies.</source>
        <translation>
            <numerusform>Standort %1 erlaubt den Modus plain nicht, den eine Studie mit %n Standort braucht (maskierte Summen verbergen die Zahlen eines Standorts nur unter drei oder mehr Standorten). Fügen Sie Standorte hinzu oder fragen Sie den Standort, ob seine Richtlinie plain-Studien erlauben kann.</numerusform>
            <numerusform>Standort %1 erlaubt den Modus plain nicht, den eine Studie mit %n Standorten braucht (maskierte Summen verbergen die Zahlen eines Standorts nur unter drei oder mehr Standorten). Fügen Sie Standorte hinzu oder fragen Sie den Standort, ob seine Richtlinie plain-Studien erlauben kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 does not offer the %2 mode (it offers: %3); choose another --mode or ask the site&apos;s administrator.</source>
        <translation>Standort %1 bietet den Modus %2 nicht an (er bietet: %3); wählen Sie einen anderen --mode oder fragen Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>Sites %1 and %2 are the same node (&apos;%3&apos;): its records would count twice. Remove one of them from the run.</source>
        <translation>Die Standorte %1 und %2 sind derselbe Knoten (&apos;%3&apos;): Seine Datensätze würden doppelt zählen. Entfernen Sie einen der beiden aus der Analyse.</translation>
    </message>
    <message>
        <source>its round %1 contribution does not carry a valid signature of its pinned key: the answer was altered on its way, or another node answered</source>
        <translation>sein Beitrag zu Runde %1 trägt keine gültige Signatur seines gepinnten Schlüssels: Die Antwort wurde unterwegs verändert, oder ein anderer Knoten hat geantwortet</translation>
    </message>
    <message>
        <source>its round %1 contribution belongs to another study (%2)</source>
        <translation>sein Beitrag zu Runde %1 gehört zu einer anderen Studie (%2)</translation>
    </message>
    <message>
        <source>its round %1 contribution is signed for the participant &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>sein Beitrag zu Runde %1 ist für den Teilnehmer &apos;%2&apos; signiert, nicht für &apos;%3&apos;</translation>
    </message>
    <message>
        <source>it answered round %1 with its contribution of round %2</source>
        <translation>er hat Runde %1 mit seinem Beitrag zu Runde %2 beantwortet</translation>
    </message>
    <message>
        <source>its contribution is in the %1 mode, the study&apos;s is %2</source>
        <translation>sein Beitrag ist im Modus %1, der der Studie ist %2</translation>
    </message>
    <message>
        <source>its contribution has %1 columns, the design %2</source>
        <translation>sein Beitrag hat %1 Spalten, der Entwurf %2</translation>
    </message>
    <message>
        <source>its plain statistics do not have the design&apos;s shape</source>
        <translation>seine unmaskierten Statistiken haben nicht die Form des Entwurfs</translation>
    </message>
    <message>
        <source>its masked statistics hold %1 words, the design needs %2</source>
        <translation>seine maskierten Statistiken enthalten %1 Wörter, der Entwurf braucht %2</translation>
    </message>
    <message>
        <source>its attestation of the final β has %1 values, the design %2</source>
        <translation>seine Attestierung des endgültigen β hat %1 Werte, der Entwurf %2</translation>
    </message>
    <message>
        <source>its attestation&apos;s β does not match the β hash it signed</source>
        <translation>das β seiner Attestierung passt nicht zu dem β-Hash, den er signiert hat</translation>
    </message>
    <message>
        <source>it answered as an observer, but it is a participant of the study</source>
        <translation>er hat als Beobachter geantwortet, ist aber Teilnehmer der Studie</translation>
    </message>
    <message>
        <source>The held-out site %1 is not one of the run&apos;s sites, or no other site is left to fit the model; name it among two or more sites.</source>
        <translation>Der ausgelassene Standort %1 gehört nicht zu den Standorten der Analyse, oder es bleibt kein anderer Standort, um das Modell anzupassen; nennen Sie ihn unter zwei oder mehr Standorten.</translation>
    </message>
    <message>
        <source>A risk threshold must lie strictly between 0 and 1; %1 does not. Give thresholds such as 0.1 or 0.25.</source>
        <translation>Ein Risikoschwellenwert muss echt zwischen 0 und 1 liegen; %1 tut das nicht. Geben Sie Schwellenwerte wie 0,1 oder 0,25 an.</translation>
    </message>
    <message>
        <source>as an observer it answered &apos;%1&apos; in round %2, where &apos;%3&apos; was due</source>
        <translation>als Beobachter hat er in Runde %2 &apos;%1&apos; geantwortet, wo &apos;%3&apos; fällig war</translation>
    </message>
    <message>
        <source>as an observer it computed round %1 at another β than the participants</source>
        <translation>als Beobachter hat er Runde %1 mit einem anderen β berechnet als die Teilnehmer</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where an evaluation was due</source>
        <translation>er hat &apos;%1&apos; geantwortet, wo eine Evaluation fällig war</translation>
    </message>
    <message>
        <source>it evaluated another β (%1) than the attested final β (%2)</source>
        <translation>er hat ein anderes β (%1) evaluiert als das attestierte endgültige β (%2)</translation>
    </message>
    <message>
        <source>its masked evaluation does not have the study&apos;s length</source>
        <translation>seine maskierte Evaluation hat nicht die Länge der Studie</translation>
    </message>
    <message>
        <source>The masked evaluations do not sum to an evaluation: a contribution was changed, or a site masked with other keys. Run the evaluation again; if this repeats, tell the sites&apos; administrators.</source>
        <translation>Die maskierten Evaluationen ergeben in der Summe keine Evaluation: Ein Beitrag wurde verändert, oder ein Standort hat mit anderen Schlüsseln maskiert. Führen Sie die Evaluation erneut aus; wenn das wieder vorkommt, informieren Sie die Administratoren der Standorte.</translation>
    </message>
    <message>
        <source>not available in masked mode: the sites released only the pooled evaluation</source>
        <translation>im maskierten Modus nicht verfügbar: Die Standorte haben nur die zusammengefasste Evaluation freigegeben</translation>
    </message>
    <message>
        <source>masked evaluation summed</source>
        <translation>maskierte Evaluation summiert</translation>
    </message>
    <message>
        <source>it checked another study (%1, not %2)</source>
        <translation>er hat eine andere Studie geprüft (%1, nicht %2)</translation>
    </message>
    <message>
        <source>passes every rule it checked in advance</source>
        <translation>besteht jede Regel, die er vorab geprüft hat</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; in round %2, but it is an observer of the study and holds no statistics</source>
        <translation>er hat in Runde %2 &apos;%1&apos; geantwortet, ist aber Beobachter der Studie und hat keine Statistiken</translation>
    </message>
    <message>
        <source>its evaluation does not have the study&apos;s kind or risk grid</source>
        <translation>seine Evaluation hat nicht die Art oder das Risikoraster der Studie</translation>
    </message>
    <message numerus="yes">
        <source>Leave-one-site-out validation needs at least %1 sites (each is held out in turn and the model fitted on the others, and the pooled measures need three held-out sites); %n site(s) were given. Add sites, or report the fit&apos;s apparent performance as apparent.</source>
        <translation>
            <numerusform>Die Validierung mit Auslassen je eines Standorts braucht mindestens %1 Standorte (jeder wird der Reihe nach ausgelassen und das Modell an den anderen angepasst, und die zusammengefassten Maße brauchen drei ausgelassene Standorte); angegeben wurde %n Standort. Fügen Sie Standorte hinzu, oder berichten Sie die scheinbare Modellgüte der Anpassung als scheinbar.</numerusform>
            <numerusform>Die Validierung mit Auslassen je eines Standorts braucht mindestens %1 Standorte (jeder wird der Reihe nach ausgelassen und das Modell an den anderen angepasst, und die zusammengefassten Maße brauchen drei ausgelassene Standorte); angegeben wurden %n Standorte. Fügen Sie Standorte hinzu, oder berichten Sie die scheinbare Modellgüte der Anpassung als scheinbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation measures (AUC, calibration, O/E, Brier score) need a binomial model; choose an outcome with two classes.</source>
        <translation>Validierungsmaße (AUC, Kalibrierung, B/E, Brier-Score) brauchen ein binomiales Modell; wählen Sie eine Zielgröße mit zwei Klassen.</translation>
    </message>
    <message>
        <source>The design of this fold (%1) differs from the other folds&apos; (%2): a site&apos;s catalogue or descriptives changed during the run. Run the validation again.</source>
        <translation>Der Entwurf dieses Durchgangs (%1) weicht von dem der anderen Durchgänge ab (%2): Der Katalog oder die beschreibenden Statistiken eines Standorts haben sich während der Analyse geändert. Führen Sie die Validierung erneut aus.</translation>
    </message>
    <message>
        <source>The held-out site released no evaluation of the model.</source>
        <translation>Der ausgelassene Standort hat keine Evaluation des Modells freigegeben.</translation>
    </message>
    <message>
        <source>The held-out site&apos;s calibration studies gave no estimate.</source>
        <translation>Die Kalibrierungsstudien des ausgelassenen Standorts ergaben keinen Schätzwert.</translation>
    </message>
    <message>
        <source>The held-out sites&apos; measures could not be pooled: %1</source>
        <translation>Die Maße der ausgelassenen Standorte konnten nicht zusammengefasst werden: %1</translation>
    </message>
    <message>
        <source>The model %1 is not a binomial model; only risk models can be evaluated (AUC, Brier score, calibration).</source>
        <translation>Das Modell %1 ist kein binomiales Modell; nur Risikomodelle können evaluiert werden (AUC, Brier-Score, Kalibrierung).</translation>
    </message>
    <message>
        <source>The copy of the model %1 has %2 coefficients for %3 terms; use the file the sites registered.</source>
        <translation>Die Kopie des Modells %1 hat %2 Koeffizienten für %3 Terme; verwenden Sie die Datei, die die Standorte registriert haben.</translation>
    </message>
    <message>
        <source>The copy of the model has the hash %1, not %2 as named; use the file the sites registered, or name the model by its hash.</source>
        <translation>Die Kopie des Modells hat den Hash %1, nicht %2 wie angegeben; verwenden Sie die Datei, die die Standorte registriert haben, oder geben Sie das Modell mit seinem Hash an.</translation>
    </message>
    <message>
        <source>A masked evaluation of the registered model %1 needs your copy of the model (its design and β; with fairstart-cli, --model-file): the sites&apos; common study names the model&apos;s design and hash. Give it, or ask for the per-site evaluation with --mode plain where the sites allow plain mode.</source>
        <translation>Eine maskierte Evaluation des registrierten Modells %1 braucht Ihre Kopie des Modells (seinen Entwurf und sein β; mit fairstart-cli: --model-file): Die gemeinsame Studie der Standorte nennt Entwurf und Hash des Modells. Geben Sie die Kopie an, oder fordern Sie mit --mode plain die Evaluation je Standort an, wo die Standorte den unmaskierten Modus erlauben.</translation>
    </message>
    <message>
        <source>too few records (min-cohort)</source>
        <translation>zu wenige Datensätze (min-cohort)</translation>
    </message>
    <message>
        <source>too few records of an outcome or a design cell (min-cell)</source>
        <translation>zu wenige Datensätze für eine Zielgröße oder eine Zelle des Entwurfs (min-cell)</translation>
    </message>
    <message>
        <source>the cells withheld with it would be too small (complement)</source>
        <translation>die mit ihr zurückgehaltenen Zellen wären zu klein (complement)</translation>
    </message>
    <message>
        <source>it would split an earlier release (differencing)</source>
        <translation>sie würde eine frühere Freigabe aufspalten (differencing)</translation>
    </message>
    <message>
        <source>a few records dominate it (dominance)</source>
        <translation>wenige Datensätze dominieren sie (dominance)</translation>
    </message>
    <message>
        <source>it answered without the subgroup cells</source>
        <translation>er hat ohne die Untergruppenzellen geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>withheld at %1</source>
        <translation>zurückgehalten am Standort %1</translation>
    </message>
    <message>
        <source>No site lists the variable &apos;%1&apos; in its catalogue.</source>
        <translation>Kein Standort führt die Variable &apos;%1&apos; in seinem Katalog.</translation>
    </message>
    <message>
        <source>The catalogues list no level of &apos;%1&apos;.</source>
        <translation>Die Kataloge führen keine Ausprägung von &apos;%1&apos; auf.</translation>
    </message>
    <message>
        <source>its contribution&apos;s signature does not verify against its key in the manifest: the answer was changed on the way, or another key signed it</source>
        <translation>die Signatur seines Beitrags lässt sich mit seinem Schlüssel im Manifest nicht verifizieren: Die Antwort wurde unterwegs verändert, oder ein anderer Schlüssel hat sie signiert</translation>
    </message>
    <message>
        <source>its contribution belongs to another study</source>
        <translation>sein Beitrag gehört zu einer anderen Studie</translation>
    </message>
    <message>
        <source>its contribution is signed as site &apos;%1&apos;</source>
        <translation>sein Beitrag ist als Standort &apos;%1&apos; signiert</translation>
    </message>
    <message>
        <source>its contribution is of round %1, not 1</source>
        <translation>sein Beitrag gehört zu Runde %1, nicht zu Runde 1</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where descriptives were due</source>
        <translation>er hat &apos;%1&apos; geantwortet, wo deskriptive Statistik fällig war</translation>
    </message>
    <message>
        <source>its contribution names another mode or study</source>
        <translation>sein Beitrag nennt einen anderen Modus oder eine andere Studie</translation>
    </message>
    <message>
        <source>its masked descriptives do not have the study&apos;s length</source>
        <translation>seine maskierte deskriptive Statistik hat nicht die Länge der Studie</translation>
    </message>
    <message>
        <source>The node&apos;s signature of the manifest does not verify against its key: it signed another manifest, or another key signed it.</source>
        <translation>Die Manifest-Signatur des Knotens lässt sich mit seinem Schlüssel nicht verifizieren: Er hat ein anderes Manifest signiert, oder ein anderer Schlüssel hat es signiert.</translation>
    </message>
    <message>
        <source>The site&apos;s descriptives were refused: %1. Nothing of the study is shown; run it again, and if this repeats tell the site&apos;s administrator.</source>
        <translation>Die deskriptive Statistik des Standorts wurde zurückgewiesen: %1. Von der Studie wird nichts angezeigt; führen Sie sie erneut aus und informieren Sie den Administrator des Standorts, wenn dies wieder geschieht.</translation>
    </message>
    <message>
        <source>The site&apos;s masked descriptives do not have the study&apos;s length.</source>
        <translation>Die maskierte deskriptive Statistik des Standorts hat nicht die Länge der Studie.</translation>
    </message>
    <message>
        <source>The masked descriptives do not sum to descriptives: a contribution was changed, or a site masked with other keys. Run the study again; if this repeats, tell the sites&apos; administrators.</source>
        <translation>Die maskierte deskriptive Statistik ergibt in der Summe keine deskriptive Statistik: Ein Beitrag wurde verändert, oder ein Standort hat mit anderen Schlüsseln maskiert. Führen Sie die Studie erneut aus; wenn das wieder vorkommt, informieren Sie die Administratoren der Standorte.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; cannot be read: %2. Choose the file the sites registered.</source>
        <translation>Die Modelldatei &apos;%1&apos; kann nicht gelesen werden: %2. Wählen Sie die Datei, die die Standorte registriert haben.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is not a registered model: %2. Choose the file the sites registered ({&quot;design&quot;: {...}, &quot;beta&quot;: [...]}).</source>
        <translation>Die Datei &apos;%1&apos; ist kein registriertes Modell: %2. Wählen Sie die Datei, die die Standorte registriert haben ({&quot;design&quot;: {...}, &quot;beta&quot;: [...]}).</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>sie ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is unknown</source>
        <translation>das Feld &apos;%1&apos; ist unbekannt</translation>
    </message>
    <message>
        <source>its design is not a resolved design (%1)</source>
        <translation>ihr Entwurf ist kein aufgelöster Entwurf (%1)</translation>
    </message>
    <message>
        <source>its beta holds a value that is not a finite number</source>
        <translation>ihr beta enthält einen Wert, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>its beta has %1 values, its design %2 columns</source>
        <translation>ihr beta hat %1 Werte, ihr Entwurf %2 Spalten</translation>
    </message>
    <message>
        <source>it answered with descriptives where a model study was due</source>
        <translation>er hat mit deskriptiver Statistik geantwortet, wo eine Modellstudie fällig war</translation>
    </message>
    <message>
        <source>the cohort has fewer than %1 records, the smallest this site allows; widen the filters or leave this site out</source>
        <translation>die Kohorte hat weniger als %1 Datensätze, das Minimum, das dieser Standort erlaubt; erweitern Sie die Filter oder lassen Sie diesen Standort weg</translation>
    </message>
    <message>
        <source>the cohort, or the records it leaves out, would have fewer than %1 records; widen the filters or merge levels</source>
        <translation>die Kohorte oder die Datensätze, die sie auslässt, hätten weniger als %1 Datensätze; erweitern Sie die Filter oder fassen Sie Ausprägungen zusammen</translation>
    </message>
    <message>
        <source>a cell (a level, an outcome class or a combination of yes/no variables) has fewer than %1 records; merge levels or drop the variable</source>
        <translation>eine Zelle (eine Ausprägung, eine Klasse der Zielgröße oder eine Kombination von Ja/Nein-Variablen) hat weniger als %1 Datensätze; fassen Sie Ausprägungen zusammen oder lassen Sie die Variable weg</translation>
    </message>
    <message>
        <source>the site allows one parameter per %1 events (of the rarer outcome class) and the model has more; use fewer predictors or levels</source>
        <translation>der Standort erlaubt einen Parameter je %1 Ereignisse (der selteneren Klasse der Zielgröße), und das Modell hat mehr; verwenden Sie weniger Prädiktoren oder Ausprägungen</translation>
    </message>
    <message>
        <source>the model must leave at least %1 records more than it has parameters; use fewer predictors</source>
        <translation>das Modell braucht mindestens %1 Datensätze mehr, als es Parameter hat; verwenden Sie weniger Prädiktoren</translation>
    </message>
    <message>
        <source>a few records make up more than %1% of a sum; winsorise or transform the variable</source>
        <translation>wenige Datensätze machen mehr als %1% einer Summe aus; winsorisieren oder transformieren Sie die Variable</translation>
    </message>
    <message>
        <source>the model needs more than %1 rounds, the most this site allows; simplify the model</source>
        <translation>das Modell braucht mehr als %1 Runden, die Höchstzahl, die dieser Standort erlaubt; vereinfachen Sie das Modell</translation>
    </message>
    <message>
        <source>your %1 analyses a day at this site are used up; try again tomorrow or ask the site administrator</source>
        <translation>Ihre %1 Analysen pro Tag an diesem Standort sind aufgebraucht; versuchen Sie es morgen erneut oder fragen Sie den Administrator des Standorts</translation>
    </message>
    <message>
        <source>this site takes part in masked studies only; run the study in masked mode (three or more sites)</source>
        <translation>dieser Standort nimmt nur an maskierten Studien teil; führen Sie die Studie im maskierten Modus aus (drei oder mehr Standorte)</translation>
    </message>
    <message>
        <source>this site takes part in plain studies of at most %1 sites; run the study in masked mode</source>
        <translation>dieser Standort nimmt an unmaskierten Studien (plain) mit höchstens %1 Standorten teil; führen Sie die Studie im maskierten Modus aus</translation>
    </message>
    <message>
        <source>the cohort is smaller than the site allows; widen the filters or leave this site out</source>
        <translation>die Kohorte ist kleiner, als der Standort erlaubt; erweitern Sie die Filter oder lassen Sie diesen Standort weg</translation>
    </message>
    <message>
        <source>a subgroup is too small to release; widen the filters or merge levels</source>
        <translation>eine Untergruppe ist zu klein für die Freigabe; erweitern Sie die Filter oder fassen Sie Ausprägungen zusammen</translation>
    </message>
    <message>
        <source>a cell (a level, an outcome class or a combination of yes/no variables) has too few records; merge levels or drop the variable</source>
        <translation>eine Zelle (eine Ausprägung, eine Klasse der Zielgröße oder eine Kombination von Ja/Nein-Variablen) hat zu wenige Datensätze; fassen Sie Ausprägungen zusammen oder lassen Sie die Variable weg</translation>
    </message>
    <message>
        <source>there are too few events for the number of parameters; use fewer predictors or levels</source>
        <translation>es gibt zu wenige Ereignisse für die Zahl der Parameter; verwenden Sie weniger Prädiktoren oder Ausprägungen</translation>
    </message>
    <message>
        <source>the model has nearly as many parameters as records; use fewer predictors</source>
        <translation>das Modell hat fast so viele Parameter wie Datensätze; verwenden Sie weniger Prädiktoren</translation>
    </message>
    <message>
        <source>a few records dominate a sum; winsorise or transform the variable</source>
        <translation>wenige Datensätze dominieren eine Summe; winsorisieren oder transformieren Sie die Variable</translation>
    </message>
    <message>
        <source>the model needed more rounds than the site allows; simplify the model</source>
        <translation>das Modell brauchte mehr Runden, als der Standort erlaubt; vereinfachen Sie das Modell</translation>
    </message>
    <message>
        <source>your daily number of analyses at this site is used up; try again tomorrow or ask the site administrator</source>
        <translation>Ihre tägliche Zahl an Analysen an diesem Standort ist aufgebraucht; versuchen Sie es morgen erneut oder fragen Sie den Administrator des Standorts</translation>
    </message>
    <message>
        <source>this site does not take part in a plain study of this many sites; run the study in masked mode</source>
        <translation>dieser Standort nimmt an keiner unmaskierten Studie (plain) mit so vielen Standorten teil; führen Sie die Studie im maskierten Modus aus</translation>
    </message>
    <message>
        <source>this study differs by one site from one run before, so the difference would describe that site; add or leave out more sites</source>
        <translation>diese Studie unterscheidet sich um einen Standort von einer früher ausgeführten, sodass der Unterschied diesen Standort beschreiben würde; nehmen Sie weitere Standorte hinzu oder lassen Sie weitere weg</translation>
    </message>
    <message>
        <source>your token does not allow this purpose; choose another purpose or ask the site administrator</source>
        <translation>Ihr Token erlaubt diesen Zweck nicht; wählen Sie einen anderen Zweck oder fragen Sie den Administrator des Standorts</translation>
    </message>
    <message>
        <source>no records carry consent for this purpose</source>
        <translation>kein Datensatz hat eine Einwilligung für diesen Zweck</translation>
    </message>
    <message>
        <source>your token is no longer valid; ask the site administrator for a new one</source>
        <translation>Ihr Token ist nicht mehr gültig; bitten Sie den Administrator des Standorts um ein neues</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Rule %1: %2.</source>
        <translation>Regel %1: %2.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>%1 withheld by its own release rules</source>
        <translation>%1 durch die eigenen Freigaberegeln zurückgehalten</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 gescheitert</translation>
    </message>
    <message numerus="yes">
        <source>Only %n held-out site(s) gave results (%1; see their rows); pooling needs at least three, so no pooled measures are given.</source>
        <translation>
            <numerusform>Nur %n ausgelassener Standort hat Ergebnisse geliefert (%1; siehe die jeweiligen Zeilen); das Zusammenfassen braucht mindestens drei, daher werden keine zusammengefassten Maße angegeben.</numerusform>
            <numerusform>Nur %n ausgelassene Standorte haben Ergebnisse geliefert (%1; siehe die jeweiligen Zeilen); das Zusammenfassen braucht mindestens drei, daher werden keine zusammengefassten Maße angegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pooled over %n held-out site(s); without the sites that gave no results (%1; see their rows).</source>
        <translation>
            <numerusform>Zusammengefasst über %n ausgelassenen Standort; ohne die Standorte, die keine Ergebnisse geliefert haben (%1; siehe die jeweiligen Zeilen).</numerusform>
            <numerusform>Zusammengefasst über %n ausgelassene Standorte; ohne die Standorte, die keine Ergebnisse geliefert haben (%1; siehe die jeweiligen Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>its contribution tags are not one per site of the study with its own slot empty</source>
        <translation>seine Beitrags-Tags sind nicht je eines pro Standort der Studie, mit leerem Feld für ihn selbst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a categorical or yes/no variable with levels in the catalogues: tables and trends count levels.</source>
        <translation>&apos;%1&apos; ist keine kategoriale oder Ja/Nein-Variable mit Ausprägungen in den Katalogen: Tabellen und Trends zählen Ausprägungen.</translation>
    </message>
    <message>
        <source>A masked histogram of &apos;%1&apos; needs evenly spaced edges whose first and last are multiples of the spacing (e.g. 0, 500, ..., 6000), so that every site counts the same bins.</source>
        <translation>Ein maskiertes Histogramm von &apos;%1&apos; braucht gleichmäßig verteilte Grenzen, deren erste und letzte Vielfache des Abstands sind (z. B. 0, 500, ..., 6000), damit jeder Standort dieselben Intervalle zählt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not numeric: a histogram describes a numeric variable.</source>
        <translation>&apos;%1&apos; ist nicht numerisch: Ein Histogramm beschreibt eine numerische Variable.</translation>
    </message>
    <message>
        <source>Name at least one variable, table or trend to describe.</source>
        <translation>Nennen Sie mindestens eine Variable, eine Tabelle oder einen Trend, die beschrieben werden sollen.</translation>
    </message>
    <message>
        <source>this cohort differs by fewer than %1 records from one released before (by anyone, for any purpose), so the difference would reveal those records; use the purpose, filters and complete cases of the earlier analyses (another purpose&apos;s consent selects other records), or change the cohort more</source>
        <translation>diese Kohorte unterscheidet sich um weniger als %1 Datensätze von einer früher freigegebenen (durch beliebige Benutzer, für beliebige Zwecke), sodass der Unterschied diese Datensätze offenlegen würde; verwenden Sie Zweck, Filter und vollständige Fälle der früheren Analysen (die Einwilligung für einen anderen Zweck wählt andere Datensätze aus) oder ändern Sie die Kohorte stärker</translation>
    </message>
    <message>
        <source>this cohort differs too little from one released before (by anyone, for any purpose), so the difference would reveal a few records; use the purpose, filters and complete cases of the earlier analyses (another purpose&apos;s consent selects other records), or change the cohort more</source>
        <translation>diese Kohorte unterscheidet sich zu wenig von einer früher freigegebenen (durch beliebige Benutzer, für beliebige Zwecke), sodass der Unterschied einige wenige Datensätze offenlegen würde; verwenden Sie Zweck, Filter und vollständige Fälle der früheren Analysen (die Einwilligung für einen anderen Zweck wählt andere Datensätze aus) oder ändern Sie die Kohorte stärker</translation>
    </message>
    <message>
        <source>The %1 knots of rcs(%2) cannot be placed at distinct values that are edges of every site&apos;s histogram of %2; use fewer knots.</source>
        <translation>Die %1 Spline-Knoten von rcs(%2) lassen sich nicht auf verschiedene Werte legen, die Grenzen im Histogramm jedes Standorts für %2 sind; verwenden Sie weniger Spline-Knoten.</translation>
    </message>
    <message>
        <source>%1 has no spread across the sites&apos; cohorts, so it has no histogram.</source>
        <translation>%1 hat in den Kohorten der Standorte keine Streuung, daher gibt es dafür kein Histogramm.</translation>
    </message>
    <message>
        <source>No lattice common to every site gives a histogram of %1: each site releases its histogram on a lattice of its own, with bins merged where its records are sparse, and on none of the %2 candidate steps did every site release two adjacent cells. This happens with few records per site, and with whole numbers (ages in years) at sites whose own step is finer than 1, whose edges then lie between the whole numbers. The mean and SD above are complete; for a histogram, describe fewer, larger sites together.</source>
        <translation>Kein allen Standorten gemeinsames Gitter ergibt ein Histogramm von %1: Jeder Standort gibt sein Histogramm auf einem eigenen Gitter frei, mit zusammengelegten Intervallen, wo seine Datensätze spärlich sind, und bei keiner der %2 infrage kommenden Schrittweiten hat jeder Standort zwei benachbarte Zellen freigegeben. Das kommt bei wenigen Datensätzen je Standort vor, und bei ganzen Zahlen (Alter in Jahren) an Standorten, deren eigene Schrittweite feiner als 1 ist, deren Grenzen dann zwischen den ganzen Zahlen liegen. Mittelwert und SD oben sind vollständig; für ein Histogramm beschreiben Sie weniger, größere Standorte zusammen.</translation>
    </message>
    <message>
        <source>The study of the histograms ended without a result (%1); the table is complete. Describe again for the histograms.</source>
        <translation>Die Studie für die Histogramme endete ohne Ergebnis (%1); die Tabelle ist vollständig. Beschreiben Sie erneut, um die Histogramme zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 released no histogram of %2: a site withholds it when its cohort has too few records of the variable for bins of its minimum cell count beyond both tails. A pooled histogram without it would leave its records out, so none is drawn; the mean and SD above include every site.</source>
        <translation>
            <numerusform>%1 hat kein Histogramm von %2 freigegeben: Ein Standort hält es zurück, wenn seine Kohorte zu wenige Datensätze der Variablen hat, um außer den beiden Randbereichen Intervalle mit seiner Mindestzellbesetzung zu bilden. Ein zusammengefasstes Histogramm ohne diesen Standort würde seine Datensätze auslassen, daher wird keines gezeichnet; Mittelwert und SD oben umfassen jeden Standort.</numerusform>
            <numerusform>%1 haben kein Histogramm von %2 freigegeben: Ein Standort hält es zurück, wenn seine Kohorte zu wenige Datensätze der Variablen hat, um außer den beiden Randbereichen Intervalle mit seiner Mindestzellbesetzung zu bilden. Ein zusammengefasstes Histogramm ohne diese Standorte würde deren Datensätze auslassen, daher wird keines gezeichnet; Mittelwert und SD oben umfassen jeden Standort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Steigung der Kalibrierung</translation>
    </message>
    <message>
        <source>Calibration in the large</source>
        <translation>Kalibrierung im Mittel</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Descriptives</source>
        <translation>Deskriptive Statistik</translation>
    </message>
    <message>
        <source>Histogram cells</source>
        <translation>Histogrammzellen</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>over all the site&apos;s records a few make up more than %1% of a sum of this variable, so the site refuses it for every cohort; ask the site&apos;s data steward to check those values, and until then leave the variable out or, in a model, winsorise it at a histogram edge or take its log</source>
        <translation>über alle Datensätze des Standorts machen wenige Datensätze mehr als %1% einer Summe dieser Variable aus, daher verweigert der Standort sie für jede Kohorte; bitten Sie den Datenverantwortlichen des Standorts, diese Werte zu prüfen, und lassen Sie die Variable bis dahin weg oder winsorisieren Sie sie in einem Modell an einer Histogrammgrenze oder nehmen Sie ihren Logarithmus</translation>
    </message>
    <message>
        <source>a few of the site&apos;s records dominate this variable, so the site refuses it for every cohort; ask the site&apos;s data steward to check those values</source>
        <translation>wenige Datensätze des Standorts dominieren diese Variable, daher verweigert der Standort sie für jede Kohorte; bitten Sie den Datenverantwortlichen des Standorts, diese Werte zu prüfen</translation>
    </message>
    <message>
        <source>a few of the site&apos;s records dominate a variable (dataset-dominance)</source>
        <translation>wenige Datensätze des Standorts dominieren eine Variable (dataset-dominance)</translation>
    </message>
    <message>
        <source>its manifest tags are not one per site of the study with its own slot empty</source>
        <translation>seine Manifest-Tags sind nicht genau einer je Standort der Studie, mit leerem eigenem Platz</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>weniger als %1</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>zu wenige</translation>
    </message>
    <message>
        <source>together with an earlier model on this dataset (by anyone, for any purpose) that also has %1 as a predictor, this model would give the sums over %2 records of one category of %1 that are in one of the two cohorts and not in the other (for example the records that one model&apos;s complete cases leave out); fit this model on the cohort of the earlier one (the same filters, and complete cases of the variables of both models), or leave %1 out of it</source>
        <translation>zusammen mit einem früheren Modell an diesem Datenbestand (von beliebigen Benutzern, für beliebige Zwecke), das %1 ebenfalls als Prädiktor hat, würde dieses Modell die Summen über %2 Datensätze einer Kategorie von %1 ergeben, die in einer der beiden Kohorten liegen und nicht in der anderen (zum Beispiel die Datensätze, die die vollständigen Fälle eines Modells auslassen); passen Sie dieses Modell an der Kohorte des früheren an (dieselben Filter und vollständige Fälle der Variablen beider Modelle) oder lassen Sie %1 weg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a site name; use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>&apos;%1&apos; ist kein Standortname; verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a node address; write it as https://HOST:PORT, as the site&apos;s administrator gave it.</source>
        <translation>&apos;%1&apos; ist keine Knotenadresse; schreiben Sie sie als https://HOST:PORT, wie der Administrator des Standorts sie angegeben hat.</translation>
    </message>
    <message>
        <source>not a certificate pin; copy it exactly as &apos;fairstart-node pin&apos; prints it (sha256// followed by 44 characters).</source>
        <translation>kein Zertifikat-Pin; kopieren Sie ihn genau so, wie &apos;fairstart-node pin&apos; ihn ausgibt (sha256// gefolgt von 44 Zeichen).</translation>
    </message>
    <message>
        <source>missing; ask the site&apos;s administrator for a token (&apos;fairstart-node token create&apos;).</source>
        <translation>fehlt; bitten Sie den Administrator des Standorts um ein Token (&apos;fairstart-node token create&apos;).</translation>
    </message>
    <message>
        <source>not an Ed25519 public key (base64 of 32 bytes); remove the field to record the node&apos;s key again at the next run.</source>
        <translation>kein öffentlicher Ed25519-Schlüssel (Base64 von 32 Bytes); entfernen Sie das Feld, um den Schlüssel des Knotens bei der nächsten Analyse erneut festzuhalten.</translation>
    </message>
    <message>
        <source>not an X25519 public key (base64 of 32 bytes); remove the field to record the node&apos;s key again at the next run.</source>
        <translation>kein öffentlicher X25519-Schlüssel (Base64 von 32 Bytes); entfernen Sie das Feld, um den Schlüssel des Knotens bei der nächsten Analyse erneut festzuhalten.</translation>
    </message>
    <message>
        <source>give both or neither; remove the one that is there to record both at the next run.</source>
        <translation>geben Sie beide oder keinen an; entfernen Sie den vorhandenen, um beide bei der nächsten Analyse festzuhalten.</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>genügend</translation>
    </message>
    <message>
        <source>the site removed or corrected records after earlier releases on part of this cohort (by anyone, for any purpose); a cohort that holds all the remaining records of such an earlier group, or leaves fewer than %1 of them out, could reveal the removed records and is refused, now and later; use a cohort that leaves at least %1 records of each such group out (another filter or other complete cases)</source>
        <translation>die Site hat nach früheren Freigaben über einen Teil dieser Kohorte Datensätze entfernt oder korrigiert (von wem auch immer, für welchen Zweck auch immer); eine Kohorte, die alle verbleibenden Datensätze einer solchen früheren Gruppe enthält oder weniger als %1 davon auslässt, könnte die entfernten Datensätze offenlegen und wird abgelehnt, jetzt und später; verwenden Sie eine Kohorte, die von jeder solchen Gruppe mindestens %1 Datensätze auslässt (ein anderer Filter oder andere vollständige Fälle)</translation>
    </message>
    <message>
        <source>its sealed sum seeds are not one per site of the study with its own slot empty</source>
        <translation>die versiegelten Summen-Seeds sind nicht einer je Standort der Studie mit leerem eigenem Platz</translation>
    </message>
    <message>
        <source>its sum tags are not one per site of the study with its own slot empty</source>
        <translation>die Summen-Tags sind nicht einer je Standort der Studie mit leerem eigenem Platz</translation>
    </message>
    <message>
        <source>your token&apos;s %1 requests an hour at this site are used up; wait a little and try again, or ask the site administrator</source>
        <translation>die %1 Anfragen pro Stunde Ihres Tokens an diesem Standort sind aufgebraucht; warten Sie kurz und versuchen Sie es erneut, oder fragen Sie die Standortadministration</translation>
    </message>
    <message>
        <source>your token has made as many requests as this site allows in an hour; wait a little and try again, or ask the site administrator</source>
        <translation>Ihr Token hat so viele Anfragen gestellt, wie dieser Standort pro Stunde erlaubt; warten Sie kurz und versuchen Sie es erneut, oder fragen Sie die Standortadministration</translation>
    </message>
    <message>
        <source>together with an earlier model of this outcome on this dataset (by anyone, for any purpose), this model would give the sums over a group of %1 records with (or without) the outcome: the records in one of the two cohorts and not in the other, for example those that one model&apos;s complete cases leave out because a variable is missing; fit this model on the records of the earlier one (the same filters, and complete cases of the variables of both models: add the earlier model&apos;s variables that have missing values), or on a cohort that differs from it by at least %2 records with and %2 without the outcome</source>
        <translation>zusammen mit einem früheren Modell dieses Zielmerkmals auf diesem Datenbestand (von wem auch immer, für welchen Zweck auch immer) ergäbe dieses Modell die Summen über eine Gruppe von %1 Datensätzen mit (oder ohne) das Zielmerkmal: die Datensätze der einen Kohorte, die nicht in der anderen sind, etwa jene, die die vollständigen Fälle eines Modells auslassen, weil eine Variable fehlt; passen Sie dieses Modell auf die Datensätze des früheren an (dieselben Filter und vollständige Fälle der Variablen beider Modelle: fügen Sie die Variablen des früheren Modells mit fehlenden Werten hinzu) oder auf eine Kohorte, die sich von ihr um mindestens %2 Datensätze mit und %2 ohne das Zielmerkmal unterscheidet</translation>
    </message>
    <message>
        <source>Site %1 has no variable &apos;%2&apos; in dataset %3; did you mean %4? Check the spelling with &apos;fairstart-cli catalogue&apos;, or leave the site out.</source>
        <translation>Standort %1 hat keine Variable &apos;%2&apos; im Datenbestand %3; meinten Sie %4? Prüfen Sie die Schreibweise mit &apos;fairstart-cli catalogue&apos; oder lassen Sie den Standort weg.</translation>
    </message>
    <message>
        <source>its answer to a request batch cannot be read (%1)</source>
        <translation>seine Antwort auf ein Anfragebündel ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>its answer to a request batch has %1 parts, not the 2 sent</source>
        <translation>seine Antwort auf ein Anfragebündel hat %1 Teile, nicht die 2 gesendeten</translation>
    </message>
    <message>
        <source>it did not open the evaluation&apos;s job</source>
        <translation>er hat den Job der Auswertung nicht geöffnet</translation>
    </message>
    <message>
        <source>its answer to a request batch has %1 parts, not the 3 sent</source>
        <translation>seine Antwort auf ein Anfragebündel hat %1 Teile, nicht die 3 gesendeten</translation>
    </message>
</context>
<context>
    <name>Fairstart::CommandLine</name>
    <message>
        <source>--%1 must be a whole number, %2 or more (not &apos;%3&apos;).</source>
        <translation>--%1 muss eine ganze Zahl sein, %2 oder mehr (nicht &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (not &apos;%4&apos;).</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein (nicht &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>--%1 must be a number greater than %2 and at most %3 (not &apos;%4&apos;).</source>
        <translation>--%1 muss eine Zahl größer als %2 und höchstens %3 sein (nicht &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>unknown --%1 &apos;%2&apos;; use one of: %3.</source>
        <translation>unbekannter Wert für --%1 &apos;%2&apos;; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>--%1 must be HOST:PORT, e.g. 0.0.0.0:8443 or [::1]:8443.</source>
        <translation>--%1 muss HOST:PORT sein, z. B. 0.0.0.0:8443 oder [::1]:8443.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 braucht einen Wert (%2).</translation>
    </message>
    <message>
        <source>--%1 has an empty value.</source>
        <translation>--%1 hat einen leeren Wert.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>expects %1.</source>
        <translation>erwartet %1.</translation>
    </message>
    <message>
        <source>missing --%1 %2.</source>
        <translation>--%1 %2 fehlt.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Node</name>
    <message>
        <source>--rows must be between 1 and 100000000.</source>
        <translation>--rows muss zwischen 1 und 100000000 liegen.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --out.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie --out.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --out and the free disk space.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie --out und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Synthetic record id</source>
        <translation>Synthetische Datensatz-ID</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Sex of the child</source>
        <translation>Geschlecht des Kindes</translation>
    </message>
    <message>
        <source>Gestational age at birth (weeks)</source>
        <translation>Gestationsalter bei Geburt (Wochen)</translation>
    </message>
    <message>
        <source>Birth weight (g)</source>
        <translation>Geburtsgewicht (g)</translation>
    </message>
    <message>
        <source>Apgar score at 5 minutes</source>
        <translation>Apgar-Wert nach 5 Minuten</translation>
    </message>
    <message>
        <source>Mother&apos;s age at birth (years)</source>
        <translation>Alter der Mutter bei der Geburt (Jahre)</translation>
    </message>
    <message>
        <source>Mother&apos;s education</source>
        <translation>Bildungsabschluss der Mutter</translation>
    </message>
    <message>
        <source>Household income quintile (1 = lowest)</source>
        <translation>Quintil des Haushaltseinkommens (1 = niedrigstes)</translation>
    </message>
    <message>
        <source>Single-parent household</source>
        <translation>Alleinerziehenden-Haushalt</translation>
    </message>
    <message>
        <source>Smoking in pregnancy</source>
        <translation>Rauchen in der Schwangerschaft</translation>
    </message>
    <message>
        <source>Parental stress score (0-40)</source>
        <translation>Elterlicher Stresswert (0-40)</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migrationshintergrund</translation>
    </message>
    <message>
        <source>Neighbourhood SES score</source>
        <translation>Sozioökonomischer Wert des Wohnviertels (SES)</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Wohngemeinde</translation>
    </message>
    <message>
        <source>Breastfeeding duration (months)</source>
        <translation>Stilldauer (Monate)</translation>
    </message>
    <message>
        <source>Consent for research</source>
        <translation>Einwilligung für Forschung</translation>
    </message>
    <message>
        <source>Consent for quality improvement</source>
        <translation>Einwilligung für Qualitätsverbesserung</translation>
    </message>
    <message>
        <source>Developmental delay at 2 years</source>
        <translation>Entwicklungsverzögerung mit 2 Jahren</translation>
    </message>
    <message>
        <source>Youth-care referral by 4 years</source>
        <translation>Überweisung an die Jugendhilfe bis zum Alter von 4 Jahren</translation>
    </message>
    <message>
        <source>Overweight at 5 years</source>
        <translation>Übergewicht mit 5 Jahren</translation>
    </message>
    <message>
        <source>Synthetic early-childhood cohort (%1)</source>
        <translation>Synthetische Kohorte der frühen Kindheit (%1)</translation>
    </message>
    <message>
        <source>A filter value is not a level of its variable in the catalogue. Use the levels the catalogue lists.</source>
        <translation>Ein Filterwert ist keine Ausprägung seiner Variablen im Katalog. Verwenden Sie die Ausprägungen, die der Katalog auflistet.</translation>
    </message>
    <message>
        <source>The design does not fit this dataset: %1</source>
        <translation>Der Modellentwurf passt nicht zu diesem Datenbestand: %1</translation>
    </message>
    <message>
        <source>Use GET for this path.</source>
        <translation>Verwenden Sie GET für diesen Pfad.</translation>
    </message>
    <message>
        <source>This path does not take that method; use %1.</source>
        <translation>Dieser Pfad akzeptiert diese Methode nicht; verwenden Sie %1.</translation>
    </message>
    <message>
        <source>The body must be JSON: send Content-Type: application/json.</source>
        <translation>Der Inhalt muss JSON sein: Senden Sie Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The body is larger than this node accepts (%1 bytes). Send a smaller request.</source>
        <translation>Der Inhalt ist größer, als dieser Knoten annimmt (%1 Bytes). Senden Sie eine kleinere Anfrage.</translation>
    </message>
    <message>
        <source>There is no such resource on this node. See docs/protocol.md for the paths of API version 1.</source>
        <translation>Diese Ressource gibt es auf diesem Knoten nicht. Die Pfade der API-Version 1 stehen in docs/protocol.md.</translation>
    </message>
    <message>
        <source>The node could not record this request in its audit log, so it answers nothing. Tell the site administrator.</source>
        <translation>Der Knoten konnte diese Anfrage nicht in seinem Prüfprotokoll festhalten und beantwortet sie daher nicht. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>You have opened the most jobs this node allows per user and day (%1). Try again tomorrow (UTC) or ask the site administrator.</source>
        <translation>Sie haben so viele Jobs geöffnet, wie dieser Knoten pro Benutzer und Tag erlaubt (%1). Versuchen Sie es morgen (UTC) erneut oder wenden Sie sich an den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>There is no such job for you on this node.</source>
        <translation>Für Sie gibt es keinen solchen Job auf diesem Knoten.</translation>
    </message>
    <message>
        <source>Evaluations need a binomial model.</source>
        <translation>Evaluationen brauchen ein binomiales Modell.</translation>
    </message>
    <message>
        <source>You have made the most requests of this kind this node allows per user and day (%1). Try again tomorrow (UTC).</source>
        <translation>Sie haben so viele Anfragen dieser Art gestellt, wie dieser Knoten pro Benutzer und Tag erlaubt (%1). Versuchen Sie es morgen (UTC) erneut.</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>nach einem schließenden Anführungszeichen folgt Text</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>das Schema</translation>
    </message>
    <message>
        <source>%1: %2. Fix the schema file (see docs/node.md, &quot;Import schema&quot;).</source>
        <translation>%1: %2. Korrigieren Sie die Schemadatei (siehe docs/node.md, &quot;Import schema&quot;).</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2)</source>
        <translation>kein gültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;missing&apos; must be a list of strings</source>
        <translation>&apos;missing&apos; muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&apos;strict&apos; must be true or false</source>
        <translation>&apos;strict&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;columns&apos; must be an object mapping column names to descriptions</source>
        <translation>&apos;columns&apos; muss ein Objekt sein, das Spaltennamen auf Beschreibungen abbildet</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; must be described by an object</source>
        <translation>Spalte &apos;%1&apos; muss durch ein Objekt beschrieben werden</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: unknown key &apos;%2&apos; (known: %3)</source>
        <translation>Spalte &apos;%1&apos;: unbekannter Schlüssel &apos;%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;type&apos; must be numeric, categorical, binary, consent, id or skip</source>
        <translation>Spalte &apos;%1&apos;: &apos;type&apos; muss numeric, categorical, binary, consent, id oder skip sein</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: a consent column needs a &apos;purpose&apos; of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Spalte &apos;%1&apos;: eine Einwilligungsspalte braucht einen &apos;purpose&apos; aus Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: only consent columns have a &apos;purpose&apos;</source>
        <translation>Spalte &apos;%1&apos;: nur Einwilligungsspalten haben einen &apos;purpose&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: only categorical columns have &apos;levels&apos;</source>
        <translation>Spalte &apos;%1&apos;: nur kategoriale Spalten haben &apos;levels&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;levels&apos; is empty</source>
        <translation>Spalte &apos;%1&apos;: &apos;levels&apos; ist leer</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; must be a number on a numeric column</source>
        <translation>Spalte &apos;%1&apos;: &apos;%2&apos; muss bei einer numerischen Spalte eine Zahl sein</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;min&apos; is larger than &apos;max&apos;</source>
        <translation>Spalte &apos;%1&apos;: &apos;min&apos; ist größer als &apos;max&apos;</translation>
    </message>
    <message>
        <source>only one column can be the record id</source>
        <translation>nur eine Spalte kann die Datensatz-ID sein</translation>
    </message>
    <message>
        <source>Cannot read the schema file %1 (%2). Check --schema.</source>
        <translation>Die Schemadatei %1 kann nicht gelesen werden (%2). Prüfen Sie --schema.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid dataset name. Use up to 64 letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; ist kein gültiger Name für einen Datenbestand. Verwenden Sie bis zu 64 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>The CSV file has problems; nothing was imported. Fix them and import again:</source>
        <translation>Die CSV-Datei enthält Fehler; es wurde nichts importiert. Beheben Sie die Fehler und importieren Sie erneut:</translation>
    </message>
    <message>
        <source>(stopped after %1 problems)</source>
        <translation>(nach %1 Fehlern abgebrochen)</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line and data rows</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile und Datenzeilen</translation>
    </message>
    <message>
        <source>%1 is not a valid column name (letters, digits, &apos;_&apos; and &apos;.&apos;, starting with a letter or &apos;_&apos;)</source>
        <translation>%1 ist kein gültiger Spaltenname (Buchstaben, Ziffern, &apos;_&apos; und &apos;.&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;)</translation>
    </message>
    <message>
        <source>the column name appears twice in the header</source>
        <translation>der Spaltenname kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>the schema is strict and does not describe this column; add it (use &quot;type&quot;: &quot;skip&quot; to leave it out)</source>
        <translation>das Schema ist strikt und beschreibt diese Spalte nicht; ergänzen Sie sie (mit &quot;type&quot;: &quot;skip&quot; wird sie ausgelassen)</translation>
    </message>
    <message>
        <source>a consent column is named consent_&lt;purpose&gt; with a purpose of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>eine Einwilligungsspalte heißt consent_&lt;purpose&gt;, wobei der Zweck aus Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos; besteht</translation>
    </message>
    <message>
        <source>the schema describes this column but the CSV has no such column</source>
        <translation>das Schema beschreibt diese Spalte, aber die CSV-Datei hat keine solche Spalte</translation>
    </message>
    <message>
        <source>%1 is not a number, but the column holds numbers; correct the value or mark it missing (empty or NA)</source>
        <translation>%1 ist keine Zahl, die Spalte enthält aber Zahlen; korrigieren Sie den Wert oder kennzeichnen Sie ihn als fehlend (leer oder NA)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>the record id is missing</source>
        <translation>die Datensatz-ID fehlt</translation>
    </message>
    <message>
        <source>%1 is not 0 or 1 (or yes/no, true/false)</source>
        <translation>%1 ist nicht 0 oder 1 (oder yes/no, true/false)</translation>
    </message>
    <message>
        <source>more than %1 different text values: this looks like free text or an identifier; declare the column in a schema as categorical, id or skip</source>
        <translation>mehr als %1 verschiedene Textwerte: Das sieht nach Freitext oder einer Kennung aus; deklarieren Sie die Spalte in einem Schema als categorical, id oder skip</translation>
    </message>
    <message>
        <source>%1 is outside the valid range %2 to %3 of the schema</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs %2 bis %3 laut Schema</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not one of the levels %2 of the schema</source>
        <translation>%1 ist keine der Ausprägungen %2 laut Schema</translation>
    </message>
    <message>
        <source>there are no data rows after the header</source>
        <translation>nach der Kopfzeile folgen keine Datenzeilen</translation>
    </message>
    <message>
        <source>every value is missing; remove the column or mark it &quot;skip&quot; in a schema</source>
        <translation>alle Werte fehlen; entfernen Sie die Spalte oder kennzeichnen Sie sie in einem Schema mit &quot;skip&quot;</translation>
    </message>
    <message>
        <source>the record id repeats the id on line %1; ids must be unique</source>
        <translation>die Datensatz-ID wiederholt die ID aus Zeile %1; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; could not be stored: %2</source>
        <translation>Spalte &apos;%1&apos; konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Two columns grant consent for the purpose &apos;%1&apos;; keep one.</source>
        <translation>Zwei Spalten erteilen die Einwilligung für den Zweck &apos;%1&apos;; behalten Sie nur eine.</translation>
    </message>
    <message>
        <source>Cannot read the CSV file %1 (%2). Check --csv.</source>
        <translation>Die CSV-Datei %1 kann nicht gelesen werden (%2). Prüfen Sie --csv.</translation>
    </message>
    <message>
        <source>OpenSSL failed while %1. Check the OpenSSL installation.</source>
        <translation>OpenSSL-Fehler bei: %1. Prüfen Sie die OpenSSL-Installation.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check the data dir.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie das Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Run &apos;fairstart-node init&apos; or restore the data dir.</source>
        <translation>%1 kann nicht gelesen werden (%2). Führen Sie &apos;fairstart-node init&apos; aus oder stellen Sie das Datenverzeichnis wieder her.</translation>
    </message>
    <message>
        <source>The TLS certificate is not a PEM certificate. Restore tls/node.crt from a backup.</source>
        <translation>Das TLS-Zertifikat ist kein PEM-Zertifikat. Stellen Sie tls/node.crt aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>%1 already holds a TLS key. Use a new data dir.</source>
        <translation>%1 enthält bereits einen TLS-Schlüssel. Verwenden Sie ein neues Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check the data dir.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie das Datenverzeichnis.</translation>
    </message>
    <message>
        <source>There is no TLS key %1. Run &apos;fairstart-node init&apos; or restore the data dir.</source>
        <translation>Es gibt keinen TLS-Schlüssel %1. Führen Sie &apos;fairstart-node init&apos; aus oder stellen Sie das Datenverzeichnis wieder her.</translation>
    </message>
    <message>
        <source>The node&apos;s signing keys in the store are damaged. Restore a backup.</source>
        <translation>Die Signaturschlüssel des Knotens im Datenspeicher sind beschädigt. Stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Run &apos;fairstart-node %1 --help&apos; for its usage.</source>
        <translation>&apos;fairstart-node %1 --help&apos; zeigt, wie der Befehl aufgerufen wird.</translation>
    </message>
    <message>
        <source>the node&apos;s data dir (created by init)</source>
        <translation>das Datenverzeichnis des Knotens (von init angelegt)</translation>
    </message>
    <message>
        <source>read the store passphrase from FILE (default: the environment variable FAIRSTART_NODE_PASSPHRASE)</source>
        <translation>die Passphrase des Datenspeichers aus FILE lesen (Standard: die Umgebungsvariable FAIRSTART_NODE_PASSPHRASE)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 characters.</source>
        <translation>--name muss 1 bis 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 already holds a node. Use another --data-dir, or remove the old one if you really mean to start again.</source>
        <translation>%1 enthält bereits einen Knoten. Verwenden Sie ein anderes --data-dir oder entfernen Sie den alten Knoten, wenn Sie wirklich neu beginnen wollen.</translation>
    </message>
    <message>
        <source>Initialised the Fairstart node &apos;%1&apos; in %2:</source>
        <translation>Fairstart-Knoten &apos;%1&apos; in %2 eingerichtet:</translation>
    </message>
    <message>
        <source>  site store   %1 (encrypted)</source>
        <translation>  Datenspeicher  %1 (verschlüsselt)</translation>
    </message>
    <message>
        <source>  policy       %1 (the defaults of the privacy rules)</source>
        <translation>  Richtlinie     %1 (die Standardwerte der Datenschutzregeln)</translation>
    </message>
    <message>
        <source>  certificate  %1</source>
        <translation>  Zertifikat     %1</translation>
    </message>
    <message>
        <source>Certificate pin (give it to the analysts with the node&apos;s address):</source>
        <translation>Zertifikat-Pin (geben Sie ihn zusammen mit der Adresse des Knotens an die Analysten weiter):</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>label / levels</source>
        <translation>Bezeichnung / Ausprägungen</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>consent: %1</source>
        <translation>Einwilligung: %1</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>… (%1 levels)</source>
        <translation>… (%1 Ausprägungen)</translation>
    </message>
    <message>
        <source>Imported &apos;%1&apos;: %2 rows, %3 columns in %4 s (generation %5%6).</source>
        <translation>&apos;%1&apos; importiert: %2 Zeilen, %3 Spalten in %4 s (Generation %5%6).</translation>
    </message>
    <message>
        <source>; replaced the earlier import</source>
        <translation>; früherer Import ersetzt</translation>
    </message>
    <message>
        <source>note: the dataset has no consent_&lt;purpose&gt; column; with the default policy no record of it can be used until one is added.</source>
        <translation>Hinweis: Der Datenbestand hat keine Spalte consent_&lt;purpose&gt;; mit der Standardrichtlinie kann keiner seiner Datensätze verwendet werden, bis eine solche Spalte hinzukommt.</translation>
    </message>
    <message>
        <source>No datasets. Add one with &apos;fairstart-node import&apos;.</source>
        <translation>Keine Datenbestände. Fügen Sie einen mit &apos;fairstart-node import&apos; hinzu.</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>consent purposes</source>
        <translation>Einwilligungszwecke</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos;%2: %3 rows, generation %4, imported %5, source SHA-256 %6</source>
        <translation>Datenbestand &apos;%1&apos;%2: %3 Zeilen, Generation %4, importiert %5, SHA-256 der Quelle %6</translation>
    </message>
    <message>
        <source>No tokens. Create one with &apos;fairstart-node token create&apos;.</source>
        <translation>Keine Tokens. Erstellen Sie eines mit &apos;fairstart-node token create&apos;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Token %1 was already revoked.</source>
        <translation>Token %1 war bereits widerrufen.</translation>
    </message>
    <message>
        <source>Revoked token %1; a running server refuses it from its next request.</source>
        <translation>Token %1 widerrufen; ein laufender Server weist es ab der nächsten Anfrage zurück.</translation>
    </message>
    <message>
        <source>(default %1; WEAKER than the privacy rules)</source>
        <translation>(Standard %1; SCHWÄCHER als die Datenschutzregeln)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(Standard %1)</translation>
    </message>
    <message>
        <source>%1 = %2 (restart &apos;serve&apos; to apply it).</source>
        <translation>%1 = %2 (starten Sie &apos;serve&apos; neu, damit der Wert gilt).</translation>
    </message>
    <message>
        <source>There is no certificate %1. Run &apos;fairstart-node init&apos; first, or check --data-dir.</source>
        <translation>Es gibt kein Zertifikat %1. Führen Sie zuerst &apos;fairstart-node init&apos; aus oder prüfen Sie --data-dir.</translation>
    </message>
    <message>
        <source>There is no site store in %1. Run &apos;fairstart-node init --data-dir %1 --name NAME&apos; first, or check --data-dir.</source>
        <translation>In %1 gibt es keinen Datenspeicher. Führen Sie zuerst &apos;fairstart-node init --data-dir %1 --name NAME&apos; aus oder prüfen Sie --data-dir.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. The log was altered outside fairstart-node; keep a copy of the data dir for investigation and restore a backup.</source>
        <translation>Die Hash-Kette des Prüfprotokolls ist bei Eintrag %1 unterbrochen: %2. Das Protokoll wurde außerhalb von fairstart-node verändert; bewahren Sie eine Kopie des Datenverzeichnisses für die Untersuchung auf und stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries verified.</source>
        <translation>Die Hash-Kette des Prüfprotokolls ist intakt: %1 Einträge geprüft.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --schema-out.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie --schema-out.</translation>
    </message>
    <message>
        <source>Wrote %1 synthetic children (%2, seed %3) to %4.</source>
        <translation>%1 synthetische Kinder (%2, Startwert %3) nach %4 geschrieben.</translation>
    </message>
    <message>
        <source>create a node: encrypted store, TLS key and certificate, signing keys, policy file; prints the certificate pin</source>
        <translation>einen Knoten anlegen: verschlüsselter Datenspeicher, TLS-Schlüssel und -Zertifikat, Signaturschlüssel, Richtliniendatei; gibt den Zertifikat-Pin aus</translation>
    </message>
    <message>
        <source>the node&apos;s name, shown to analysts</source>
        <translation>der Name des Knotens, den die Analysten sehen</translation>
    </message>
    <message>
        <source>a name or address of the node for its certificate (repeatable; default localhost, 127.0.0.1, ::1)</source>
        <translation>ein Name oder eine Adresse des Knotens für sein Zertifikat (mehrfach möglich; Standard localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>import a CSV file as a dataset (all or nothing; replaces an earlier import of the same name)</source>
        <translation>eine CSV-Datei als Datenbestand importieren (alles oder nichts; ersetzt einen früheren Import mit demselben Namen)</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>der Name des Datenbestands</translation>
    </message>
    <message>
        <source>the CSV file (comma or semicolon separated, header line)</source>
        <translation>die CSV-Datei (durch Komma oder Semikolon getrennt, mit Kopfzeile)</translation>
    </message>
    <message>
        <source>a JSON schema with column types, labels, consent columns (see docs/node.md)</source>
        <translation>ein JSON-Schema mit Spaltentypen, Bezeichnungen, Einwilligungsspalten (siehe docs/node.md)</translation>
    </message>
    <message>
        <source>Column kinds are inferred unless the schema gives them: &apos;record_id&apos; is the record id, &apos;consent_&lt;purpose&gt;&apos; a consent flag, numbers are numeric (binary when all are 0 or 1), text is categorical. Empty cells and NA are missing.</source>
        <translation>Die Spaltenarten werden erkannt, sofern das Schema sie nicht angibt: &apos;record_id&apos; ist die Datensatz-ID, &apos;consent_&lt;purpose&gt;&apos; ein Einwilligungskennzeichen, Zahlen sind numerisch (binär, wenn alle 0 oder 1 sind), Text ist kategorial. Leere Zellen und NA gelten als fehlend.</translation>
    </message>
    <message>
        <source>list the datasets</source>
        <translation>die Datenbestände auflisten</translation>
    </message>
    <message>
        <source>show a dataset&apos;s columns</source>
        <translation>die Spalten eines Datenbestands anzeigen</translation>
    </message>
    <message>
        <source>create an access token; prints only the token</source>
        <translation>ein Zugriffstoken erstellen; gibt nur das Token aus</translation>
    </message>
    <message>
        <source>who the token is for</source>
        <translation>für wen das Token bestimmt ist</translation>
    </message>
    <message>
        <source>the purposes it may be used for, e.g. research</source>
        <translation>die Zwecke, für die es verwendet werden darf, z. B. research</translation>
    </message>
    <message>
        <source>days until it expires (default 90, 0 = never)</source>
        <translation>Tage bis zum Ablauf (Standard 90, 0 = nie)</translation>
    </message>
    <message>
        <source>list tokens (never their secrets)</source>
        <translation>Tokens auflisten (nie ihre Geheimnisse)</translation>
    </message>
    <message>
        <source>revoke a token</source>
        <translation>ein Token widerrufen</translation>
    </message>
    <message>
        <source>the token&apos;s id from &apos;token list&apos;</source>
        <translation>die ID des Tokens aus &apos;token list&apos;</translation>
    </message>
    <message>
        <source>show the disclosure policy and service limits</source>
        <translation>die Offenlegungsrichtlinie und die Dienstgrenzen anzeigen</translation>
    </message>
    <message>
        <source>change one policy value (audited; weaker than the default warns)</source>
        <translation>einen Wert der Richtlinie ändern (wird protokolliert; ein schwächerer Wert als der Standard löst eine Warnung aus)</translation>
    </message>
    <message>
        <source>print the TLS certificate&apos;s public-key pin</source>
        <translation>den Pin des öffentlichen Schlüssels des TLS-Zertifikats ausgeben</translation>
    </message>
    <message>
        <source>run the HTTPS API until SIGTERM or SIGINT</source>
        <translation>die HTTPS-API bis SIGTERM oder SIGINT bereitstellen</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1:8443)</source>
        <translation>Adresse, auf der der Server lauscht (Standard 127.0.0.1:8443)</translation>
    </message>
    <message>
        <source>plain HTTP without TLS, for development on loopback only</source>
        <translation>einfaches HTTP ohne TLS, nur für die Entwicklung auf Loopback</translation>
    </message>
    <message>
        <source>recompute the audit hash chain</source>
        <translation>die Hash-Kette des Prüfprotokolls neu berechnen</translation>
    </message>
    <message>
        <source>print audit entries (default: the last 50)</source>
        <translation>Einträge des Prüfprotokolls ausgeben (Standard: die letzten 50)</translation>
    </message>
    <message>
        <source>first sequence number to show</source>
        <translation>erste anzuzeigende laufende Nummer</translation>
    </message>
    <message>
        <source>how many entries (default 50)</source>
        <translation>wie viele Einträge (Standard 50)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <source>write a synthetic early-childhood cohort as CSV</source>
        <translation>eine synthetische Kohorte der frühen Kindheit als CSV schreiben</translation>
    </message>
    <message>
        <source>the site type: youth-health-service, hospital or municipality</source>
        <translation>die Art des Standorts: youth-health-service, hospital oder municipality</translation>
    </message>
    <message>
        <source>number of children</source>
        <translation>Anzahl der Kinder</translation>
    </message>
    <message>
        <source>random seed (default 1); a seed always gives one file</source>
        <translation>Zufallsstartwert (Standard 1); ein Startwert ergibt immer dieselbe Datei</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>also write an import schema with labels</source>
        <translation>zusätzlich ein Importschema mit Bezeichnungen schreiben</translation>
    </message>
    <message>
        <source>The true model behind the outcomes is documented in docs/node.md.</source>
        <translation>Das wahre Modell hinter den Zielgrößen ist in docs/node.md dokumentiert.</translation>
    </message>
    <message>
        <source>Usage: fairstart-node COMMAND [OPTIONS]</source>
        <translation>Aufruf: fairstart-node COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>The Fairstart data-site node: keeps records encrypted and answers analysts only with aggregates that pass its disclosure checks.</source>
        <translation>Der Fairstart-Knoten eines Datenstandorts: speichert Datensätze verschlüsselt und antwortet Analysten nur mit Aggregaten, die seine Offenlegungsprüfungen bestehen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>The store passphrase comes from FAIRSTART_NODE_PASSPHRASE or --passphrase-file FILE, never from the command line.</source>
        <translation>Die Passphrase des Datenspeichers kommt aus FAIRSTART_NODE_PASSPHRASE oder --passphrase-file FILE, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Run &apos;fairstart-node COMMAND --help&apos; for a command&apos;s options; see docs/node.md for the administration guide.</source>
        <translation>&apos;fairstart-node COMMAND --help&apos; zeigt die Optionen eines Befehls; das Administrationshandbuch finden Sie in docs/node.md.</translation>
    </message>
    <message>
        <source>Usage: fairstart-node %1</source>
        <translation>Aufruf: fairstart-node %1</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1 (%2). Check --passphrase-file.</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden (%2). Prüfen Sie --passphrase-file.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty. Put the passphrase on its first line.</source>
        <translation>Die Passphrase-Datei %1 ist leer. Schreiben Sie die Passphrase in ihre erste Zeile.</translation>
    </message>
    <message>
        <source>No passphrase for the site store. Set the environment variable FAIRSTART_NODE_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>Keine Passphrase für den Datenspeicher. Setzen Sie die Umgebungsvariable FAIRSTART_NODE_PASSPHRASE oder verwenden Sie --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; braucht einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; use one of: %3.</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos;; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;fairstart-node --help&apos; for the list.</source>
        <translation>unbekannter Befehl &apos;%1&apos;. &apos;fairstart-node --help&apos; zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Minimum number of records in a cohort after consent, filters and missing values.</source>
        <translation>Mindestanzahl der Datensätze in einer Kohorte nach Einwilligung, Filtern und fehlenden Werten.</translation>
    </message>
    <message>
        <source>Minimum count of every released cell: each level of a factor, each outcome class, joint cells of binary design columns, histogram bins.</source>
        <translation>Mindestbesetzung jeder freigegebenen Zelle: jede Ausprägung eines Faktors, jede Klasse der Zielgröße, gemeinsame Zellen binärer Spalten der Designmatrix, Histogramm-Intervalle.</translation>
    </message>
    <message>
        <source>Minimum size of a filtered cohort and of its complement (differencing).</source>
        <translation>Mindestgröße einer gefilterten Kohorte und ihres Komplements (Differenzbildung).</translation>
    </message>
    <message>
        <source>Events (rarer outcome class) needed per model parameter.</source>
        <translation>Benötigte Ereignisse (seltenere Klasse der Zielgröße) pro Modellparameter.</translation>
    </message>
    <message>
        <source>Minimum residual degrees of freedom (records minus parameters).</source>
        <translation>Mindestzahl der Residual-Freiheitsgrade (Datensätze minus Parameter).</translation>
    </message>
    <message>
        <source>Maximum Newton rounds per job (a client cannot probe with endless chosen coefficients).</source>
        <translation>Höchstzahl der Newton-Runden pro Job (damit ein Client nicht mit beliebig vielen selbst gewählten Koeffizienten sondieren kann).</translation>
    </message>
    <message>
        <source>A released sum is withheld when its top records make up more than this share of it.</source>
        <translation>Eine freigegebene Summe wird zurückgehalten, wenn ihre größten Datensätze mehr als diesen Anteil daran ausmachen.</translation>
    </message>
    <message>
        <source>How many top records the dominance rule adds up.</source>
        <translation>Wie viele der größten Datensätze die Dominanzregel zusammenzählt.</translation>
    </message>
    <message>
        <source>Maximum jobs a user may open per UTC day.</source>
        <translation>Höchstzahl der Jobs, die ein Benutzer pro UTC-Tag öffnen darf.</translation>
    </message>
    <message>
        <source>1: a purpose for which a dataset has no consent_&lt;purpose&gt; column may use no record of it. 0: every record may be used for such a purpose.</source>
        <translation>1: Für einen Zweck, für den ein Datenbestand keine Spalte consent_&lt;purpose&gt; hat, darf keiner seiner Datensätze verwendet werden. 0: Für einen solchen Zweck darf jeder Datensatz verwendet werden.</translation>
    </message>
    <message>
        <source>Largest request body the server accepts, in bytes.</source>
        <translation>Größter Anfrageinhalt, den der Server annimmt, in Bytes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 = %2 passes the hard limit %3, which no policy may pass</source>
        <translation>%1 = %2 liegt jenseits der festen Grenze %3, die keine Richtlinie überschreiten darf</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>There is no policy file %1. Run &apos;fairstart-node init&apos; or restore the file.</source>
        <translation>Es gibt keine Richtliniendatei %1. Führen Sie &apos;fairstart-node init&apos; aus oder stellen Sie die Datei wieder her.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check the permissions of the data dir.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie die Zugriffsrechte des Datenverzeichnisses.</translation>
    </message>
    <message>
        <source>There is no policy key &apos;%1&apos;. &apos;fairstart-node policy show&apos; lists them.</source>
        <translation>Es gibt keinen Richtlinienschlüssel &apos;%1&apos;. &apos;fairstart-node policy show&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>%1 line %2: %3. Fix the line or run &apos;fairstart-node policy set&apos;.</source>
        <translation>%1 Zeile %2: %3. Korrigieren Sie die Zeile oder verwenden Sie &apos;fairstart-node policy set&apos;.</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;</source>
        <translation>&apos;key = value&apos; erwartet</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>&apos;%1&apos; ist doppelt gesetzt</translation>
    </message>
    <message>
        <source># Fairstart node policy. One &apos;key = value&apos; per line; &apos;#&apos; starts a comment.
# The defaults are those of docs/privacy-rules.md. A privacy threshold set weaker than its
# default prints a warning and is written to the audit log; counts can never go below 3.
# Change values with &apos;fairstart-node policy set KEY VALUE&apos; (audited) and restart &apos;serve&apos;.
</source>
        <translation># Richtlinie für den Fairstart node. Pro Zeile ein &apos;key = value&apos;; &apos;#&apos; leitet einen Kommentar ein.
# Die Standardwerte stammen aus docs/privacy-rules.md. Wird eine Datenschutzschwelle schwächer als ihr
# Standardwert gesetzt, erscheint eine Warnung und ein Eintrag im Prüfprotokoll; Fallzahlen können nie unter 3 liegen.
# Werte ändern Sie mit &apos;fairstart-node policy set KEY VALUE&apos; (protokolliert); starten Sie danach &apos;serve&apos; neu.
</translation>
    </message>
    <message>
        <source># default %1, allowed %2 to %3 (%4 is stricter)
</source>
        <translation># Standard %1, erlaubt %2 bis %3 (%4 ist strenger)
</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source># default %1, allowed %2 to %3
</source>
        <translation># Standard %1, erlaubt %2 bis %3
</translation>
    </message>
    <message>
        <source>warning: %1 = %2 is weaker than the default %3 of the privacy rules; the change is recorded in the audit log.</source>
        <translation>Warnung: %1 = %2 ist schwächer als der Standardwert %3 der Datenschutzregeln; die Änderung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>warning: %1 = %2 is weaker than the default %3 of the privacy rules.</source>
        <translation>Warnung: %1 = %2 ist schwächer als der Standardwert %3 der Datenschutzregeln.</translation>
    </message>
    <message>
        <source>The request is larger than this node accepts. Send a smaller body.</source>
        <translation>Die Anfrage ist größer, als dieser Knoten annimmt. Senden Sie einen kleineren Anfrageinhalt.</translation>
    </message>
    <message>
        <source>The request path is too long. Check the URL.</source>
        <translation>Der Anfragepfad ist zu lang. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The node failed to answer this request. Try again; if it keeps failing, tell the site administrator.</source>
        <translation>Der Knoten konnte diese Anfrage nicht beantworten. Versuchen Sie es erneut; wenn der Fehler bleibt, wenden Sie sich an die Administration des Standorts.</translation>
    </message>
    <message>
        <source>The node could not read this request. Check that it is well-formed HTTP/1.1 with a JSON body.</source>
        <translation>Der Knoten konnte diese Anfrage nicht lesen. Prüfen Sie, ob es gültiges HTTP/1.1 mit einem JSON-Inhalt ist.</translation>
    </message>
    <message>
        <source>The TLS certificate or key in %1 cannot be read. Check the files&apos; permissions, or run &apos;fairstart-node init&apos; for a new data dir.</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel in %1 kann nicht gelesen werden. Prüfen Sie die Zugriffsrechte der Dateien oder führen Sie &apos;fairstart-node init&apos; für ein neues Datenverzeichnis aus.</translation>
    </message>
    <message>
        <source>No TLS certificate and key: the node serves HTTPS only (plain HTTP needs --insecure-dev, for development).</source>
        <translation>Kein TLS-Zertifikat und kein Schlüssel: Der Knoten arbeitet nur über HTTPS (einfaches HTTP erfordert --insecure-dev, nur für die Entwicklung).</translation>
    </message>
    <message>
        <source>The TLS certificate and key could not be used (not PEM, or not a pair). Check the files in the data dir&apos;s tls folder.</source>
        <translation>Das TLS-Zertifikat und der Schlüssel konnten nicht verwendet werden (kein PEM oder kein zusammengehöriges Paar). Prüfen Sie die Dateien im Ordner tls des Datenverzeichnisses.</translation>
    </message>
    <message>
        <source>Chunked request bodies are not accepted. Send the body with a Content-Length.</source>
        <translation>Anfrageinhalte in Teilstücken (chunked) werden nicht angenommen. Senden Sie den Inhalt mit einer Content-Length-Angabe.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2. Check that the address is local and the port free.</source>
        <translation>Auf %1:%2 können keine Verbindungen angenommen werden. Prüfen Sie, ob die Adresse lokal und der Port frei ist.</translation>
    </message>
    <message>
        <source>The server did not start.</source>
        <translation>Der Server wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The site store failed while %1 (%2). Check that the disk is not full and the data dir is writable; if it persists, restore a backup.</source>
        <translation>Fehler im Datenspeicher des Standorts beim Vorgang &apos;%1&apos; (%2). Stellen Sie sicher, dass die Festplatte nicht voll und das Datenverzeichnis beschreibbar ist; wenn der Fehler bleibt, spielen Sie eine Sicherung zurück.</translation>
    </message>
    <message>
        <source>The site store was written by a newer fairstart-node (schema %1). Install that version or newer.</source>
        <translation>Der Datenspeicher des Standorts wurde von einer neueren Version von fairstart-node geschrieben (Schema %1). Installieren Sie diese oder eine neuere Version.</translation>
    </message>
    <message>
        <source>The site store has an unknown schema version (%1). Restore a backup or create a new data dir.</source>
        <translation>Der Datenspeicher des Standorts hat eine unbekannte Schemaversion (%1). Spielen Sie eine Sicherung zurück oder legen Sie ein neues Datenverzeichnis an.</translation>
    </message>
    <message>
        <source>The site store holds no key &apos;%1&apos;. Run &apos;fairstart-node init&apos; on a new data dir.</source>
        <translation>Der Datenspeicher des Standorts enthält keinen Schlüssel &apos;%1&apos;. Führen Sie &apos;fairstart-node init&apos; mit einem neuen Datenverzeichnis aus.</translation>
    </message>
    <message>
        <source>The dataset&apos;s record ids, rows and columns do not agree.</source>
        <translation>Datensatz-IDs, Zeilen und Spalten des Datenbestands passen nicht zusammen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name. Use 1 to 64 letters, digits or . _ @ -.</source>
        <translation>&apos;%1&apos; ist kein gültiger Benutzername. Verwenden Sie 1 bis 64 Buchstaben, Ziffern oder . _ @ -.</translation>
    </message>
    <message>
        <source>A token needs at least one purpose, e.g. --purpose research.</source>
        <translation>Ein Token braucht mindestens einen Zweck, z. B. --purpose research.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid purpose. Use 1 to 32 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; ist kein gültiger Zweck. Verwenden Sie 1 bis 32 Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>A token may live at most 3650 days; give a smaller --expires-days.</source>
        <translation>Ein Token kann höchstens 3650 Tage gültig sein; geben Sie bei --expires-days einen kleineren Wert an.</translation>
    </message>
    <message>
        <source>There is no token with id &apos;%1&apos;. &apos;fairstart-node token list&apos; shows the ids.</source>
        <translation>Es gibt kein Token mit der ID &apos;%1&apos;. &apos;fairstart-node token list&apos; zeigt die IDs an.</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>Eintrag %1 fehlt (der nächste Eintrag ist %2)</translation>
    </message>
    <message>
        <source>entry %1 is out of order or changed (it carries sequence number %2)</source>
        <translation>Eintrag %1 steht an falscher Stelle oder wurde geändert (er trägt die Folgenummer %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: an entry was removed, changed or reordered</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: Ein Eintrag wurde entfernt, geändert oder umsortiert</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>the log ends at entry %1 but %2 entries were written: the last entries were removed</source>
        <translation>das Protokoll endet bei Eintrag %1, es wurden aber %2 Einträge geschrieben: Die letzten Einträge wurden entfernt</translation>
    </message>
    <message>
        <source>the last entry (%1) does not match the recorded head of the chain</source>
        <translation>der letzte Eintrag (%1) passt nicht zum gespeicherten Ende der Kette</translation>
    </message>
    <message>
        <source>There is no dataset &apos;%1&apos; in this node. &apos;fairstart-node import&apos; adds one.</source>
        <translation>In diesem Knoten gibt es keinen Datenbestand &apos;%1&apos;. Mit &apos;fairstart-node import&apos; fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>The stored dataset &apos;%1&apos; is damaged. Import it again.</source>
        <translation>Der gespeicherte Datenbestand &apos;%1&apos; ist beschädigt. Importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The head of the audit chain is damaged. Run &apos;fairstart-node audit verify&apos; and restore a backup.</source>
        <translation>Das Ende der Prüfkette ist beschädigt. Führen Sie &apos;fairstart-node audit verify&apos; aus und spielen Sie eine Sicherung zurück.</translation>
    </message>
    <message>
        <source>Cannot open the site store %1 (%2). Check the path and its permissions.</source>
        <translation>Der Datenspeicher des Standorts %1 kann nicht geöffnet werden (%2). Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Die Passphrase ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 already holds a site store. Use another --data-dir, or remove the old one if you really mean to start again.</source>
        <translation>In %1 liegt bereits ein Datenspeicher des Standorts. Verwenden Sie ein anderes --data-dir oder entfernen Sie den alten, wenn Sie wirklich neu beginnen wollen.</translation>
    </message>
    <message>
        <source>Cannot create the data dir %1. Check the path and permissions.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden. Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE (default: the environment variable FAIRSTART_NODE_NEW_PASSPHRASE)</source>
        <translation>die neue Passphrase aus FILE lesen (Standard: die Umgebungsvariable FAIRSTART_NODE_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>Cannot read the new passphrase file %1 (%2). Check --new-passphrase-file.</source>
        <translation>Die Datei mit der neuen Passphrase %1 kann nicht gelesen werden (%2). Prüfen Sie --new-passphrase-file.</translation>
    </message>
    <message>
        <source>The new passphrase file %1 is empty. Put the new passphrase on its first line.</source>
        <translation>Die Datei mit der neuen Passphrase %1 ist leer. Schreiben Sie die neue Passphrase in ihre erste Zeile.</translation>
    </message>
    <message>
        <source>No new passphrase. Set the environment variable FAIRSTART_NODE_NEW_PASSPHRASE or use --new-passphrase-file FILE.</source>
        <translation>Keine neue Passphrase. Setzen Sie die Umgebungsvariable FAIRSTART_NODE_NEW_PASSPHRASE oder verwenden Sie --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Another fairstart-node (process %1) is using %2: &apos;serve&apos; or a passphrase change. Stop it first (for the service: systemctl stop fairstart-node) and try again.</source>
        <translation>Ein anderer fairstart-node (Prozess %1) verwendet %2: &apos;serve&apos; oder eine Änderung der Passphrase. Beenden Sie ihn zuerst (für den Dienst: systemctl stop fairstart-node) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1. Check that the data dir is writable by this user.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden. Prüfen Sie, ob dieser Benutzer in das Datenverzeichnis schreiben darf.</translation>
    </message>
    <message>
        <source>The passphrase change could not be written to the audit log (%1), so it was undone: the current passphrase still opens the store.</source>
        <translation>Die Änderung der Passphrase konnte nicht ins Prüfprotokoll geschrieben werden (%1) und wurde deshalb rückgängig gemacht: Die aktuelle Passphrase öffnet den Speicher weiterhin.</translation>
    </message>
    <message>
        <source>The passphrase change could not be written to the audit log (%1), and undoing it failed (%2): the NEW passphrase opens the store now.</source>
        <translation>Die Änderung der Passphrase konnte nicht ins Prüfprotokoll geschrieben werden (%1), und das Rückgängigmachen schlug fehl (%2): Jetzt öffnet die NEUE Passphrase den Speicher.</translation>
    </message>
    <message>
        <source>Changed the passphrase of the site store in %1. Only the new passphrase opens it now: update FAIRSTART_NODE_PASSPHRASE or the passphrase file before the next &apos;serve&apos;. Backups made before now still need the old one.</source>
        <translation>Die Passphrase des Datenspeichers des Standorts in %1 wurde geändert. Nur die neue Passphrase öffnet ihn jetzt: Passen Sie FAIRSTART_NODE_PASSPHRASE oder die Passphrase-Datei vor dem nächsten &apos;serve&apos; an. Sicherungen von vor diesem Zeitpunkt brauchen weiterhin die alte.</translation>
    </message>
    <message>
        <source>change the passphrase of the site store (stop &apos;serve&apos; first)</source>
        <translation>die Passphrase des Datenspeichers ändern (zuerst &apos;serve&apos; beenden)</translation>
    </message>
    <message>
        <source>The whole store is re-encrypted under the new passphrase in one transaction; the change is audited. It needs at least 8 characters, like init. Refused while &apos;serve&apos; runs on the data dir.</source>
        <translation>Der gesamte Speicher wird in einer Transaktion mit der neuen Passphrase neu verschlüsselt; die Änderung wird protokolliert. Sie braucht wie bei init mindestens 8 Zeichen. Abgelehnt, solange &apos;serve&apos; auf dem Datenverzeichnis läuft.</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least %1 characters.</source>
        <translation>Die neue Passphrase ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the current passphrase still opens the site store. Check that no other program uses the data dir and that the disk is not full, then try again.</source>
        <translation>Die Passphrase konnte nicht geändert werden; die aktuelle Passphrase öffnet den Datenspeicher des Standorts weiterhin. Stellen Sie sicher, dass kein anderes Programm das Datenverzeichnis verwendet und die Festplatte nicht voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>After the passphrase change neither the current nor the new passphrase opens the site store in %1. Restore the data dir from a backup.</source>
        <translation>Nach der Änderung der Passphrase öffnet weder die aktuelle noch die neue Passphrase den Datenspeicher des Standorts in %1. Stellen Sie das Datenverzeichnis aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Histogram edges must be at least two finite numbers in strictly increasing order.</source>
        <translation>Histogrammgrenzen müssen mindestens zwei endliche Zahlen in streng aufsteigender Reihenfolge sein.</translation>
    </message>
    <message>
        <source>A two-way table needs two categorical or binary variables. Describe a numeric variable with a histogram instead.</source>
        <translation>Eine Kreuztabelle braucht zwei kategoriale oder binäre Variablen. Beschreiben Sie eine numerische Variable stattdessen mit einem Histogramm.</translation>
    </message>
    <message>
        <source>The node withheld an answer that did not pass its release gate. Tell the site administrator.</source>
        <translation>Der Knoten hat eine Antwort zurückgehalten, die seine Freigabeprüfung nicht bestanden hat. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The design&apos;s levels of a variable lack a level the catalogue lists. Resolve the design again with this site&apos;s catalogue.</source>
        <translation>Im Entwurf fehlt bei einer Variablen eine Ausprägung, die der Katalog auflistet. Gleichen Sie den Entwurf erneut mit dem Katalog dieses Standorts ab.</translation>
    </message>
    <message>
        <source>A categorical variable is filtered by its levels, not by numeric bounds. Use the levels the catalogue lists.</source>
        <translation>Eine kategoriale Variable wird nach ihren Ausprägungen gefiltert, nicht nach numerischen Grenzen. Verwenden Sie die Ausprägungen, die der Katalog auflistet.</translation>
    </message>
    <message>
        <source>A categorical variable can only be used as a factor (treatment coding). Use it as a factor.</source>
        <translation>Eine kategoriale Variable kann nur als Faktor verwendet werden (Dummy-Kodierung). Verwenden Sie sie als Faktor.</translation>
    </message>
    <message>
        <source>log() is undefined at 0, a value of every 0/1 variable. Use the variable as is.</source>
        <translation>log() ist bei 0 nicht definiert, einem Wert jeder 0/1-Variablen. Verwenden Sie die Variable unverändert.</translation>
    </message>
    <message>
        <source>A numeric variable cannot be used as a factor at this node: its values are not in the catalogue. Use it as a number, or ask for a categorical version of it.</source>
        <translation>Eine numerische Variable kann an diesem Knoten nicht als Faktor verwendet werden: Ihre Werte stehen nicht im Katalog. Verwenden Sie sie als Zahl oder bitten Sie um eine kategoriale Version davon.</translation>
    </message>
    <message>
        <source>A binomial model needs a yes/no outcome: a binary catalogue variable, a categorical one with two levels, or a numeric one with a threshold (I(y &gt; value)).</source>
        <translation>Ein binomiales Modell braucht eine Ja/Nein-Zielgröße: eine binäre Variable des Katalogs, eine kategoriale mit zwei Ausprägungen oder eine numerische mit einem Schwellenwert (I(y &gt; value)).</translation>
    </message>
    <message>
        <source>A categorical outcome of a binomial model must have exactly the two levels the catalogue lists, and no threshold.</source>
        <translation>Eine kategoriale Zielgröße eines binomialen Modells muss genau die zwei Ausprägungen haben, die der Katalog auflistet, und keinen Schwellenwert.</translation>
    </message>
    <message>
        <source>A categorical outcome can only be modelled with the binomial family.</source>
        <translation>Eine kategoriale Zielgröße kann nur mit der Binomialfamilie modelliert werden.</translation>
    </message>
    <message>
        <source>The offset must be a numeric variable.</source>
        <translation>Der Offset muss eine numerische Variable sein.</translation>
    </message>
    <message>
        <source>The export could not be written. Check that the disk is not full and the output is writable.</source>
        <translation>Der Export konnte nicht geschrieben werden. Stellen Sie sicher, dass die Festplatte nicht voll und die Ausgabe beschreibbar ist.</translation>
    </message>
    <message>
        <source>The design lists a level its variable does not have in the catalogue. Resolve the design again from the catalogue&apos;s levels.</source>
        <translation>Der Entwurf führt eine Ausprägung auf, die seine Variable im Katalog nicht hat. Gleichen Sie den Entwurf erneut mit den Ausprägungen des Katalogs ab.</translation>
    </message>
    <message>
        <source>The design lists a level twice. List each level of a factor once.</source>
        <translation>Der Entwurf führt eine Ausprägung doppelt auf. Führen Sie jede Ausprägung eines Faktors nur einmal auf.</translation>
    </message>
    <message>
        <source>The request has more filters than this node allows (%1). Combine them: a filter takes a list of values or a range.</source>
        <translation>Die Anfrage hat mehr Filter, als dieser Knoten erlaubt (%1). Fassen Sie sie zusammen: Ein Filter nimmt eine Liste von Werten oder einen Bereich.</translation>
    </message>
    <message>
        <source>The design has more parameters than this node allows (%1; factor levels and interactions each add columns). Use fewer levels, interactions or spline knots.</source>
        <translation>Der Entwurf hat mehr Parameter, als dieser Knoten erlaubt (%1; Faktorausprägungen und Interaktionen fügen jeweils Spalten hinzu). Verwenden Sie weniger Ausprägungen, Interaktionen oder Spline-Knoten.</translation>
    </message>
    <message>
        <source>The design matrix of this model on this dataset would need more memory than the node allows for one job (%1 MiB). Use fewer parameters, or filter the cohort and ask the site administrator about max_design_mb_per_job.</source>
        <translation>Die Designmatrix dieses Modells auf diesem Datenbestand bräuchte mehr Speicher, als der Knoten für einen Job erlaubt (%1 MiB). Verwenden Sie weniger Parameter oder filtern Sie die Kohorte und fragen Sie den Administrator des Standorts nach max_design_mb_per_job.</translation>
    </message>
    <message>
        <source>This job would need more memory than one user may hold on this node (%1 MiB). Use fewer parameters or a smaller cohort.</source>
        <translation>Dieser Job bräuchte mehr Speicher, als ein Benutzer auf diesem Knoten belegen darf (%1 MiB). Verwenden Sie weniger Parameter oder eine kleinere Kohorte.</translation>
    </message>
    <message>
        <source>You hold as many open jobs as this node allows one user (%1). Cancel jobs you no longer need (DELETE /v1/jobs/{id}) or try again in %2 seconds, when one of them expires.</source>
        <translation>Sie haben so viele offene Jobs, wie dieser Knoten einem Benutzer erlaubt (%1). Brechen Sie Jobs ab, die Sie nicht mehr brauchen (DELETE /v1/jobs/{id}), oder versuchen Sie es in %2 Sekunden erneut, wenn einer davon abläuft.</translation>
    </message>
    <message>
        <source>Your open jobs hold your share of this node&apos;s job memory (%1 MiB). Cancel jobs you no longer need (DELETE /v1/jobs/{id}) or try again in %2 seconds, when one of them expires.</source>
        <translation>Ihre offenen Jobs belegen Ihren Anteil am Job-Speicher dieses Knotens (%1 MiB). Brechen Sie Jobs ab, die Sie nicht mehr brauchen (DELETE /v1/jobs/{id}), oder versuchen Sie es in %2 Sekunden erneut, wenn einer davon abläuft.</translation>
    </message>
    <message>
        <source>The node holds as many open jobs as it allows (%1). Try again in %2 seconds.</source>
        <translation>Der Knoten hat so viele offene Jobs, wie er erlaubt (%1). Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The node&apos;s job memory (%1 MiB) is in use by open jobs. Try again in %2 seconds.</source>
        <translation>Der Job-Speicher des Knotens (%1 MiB) ist durch offene Jobs belegt. Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>A histogram has more edges than this node allows (%1). Use fewer, wider bins.</source>
        <translation>Ein Histogramm hat mehr Grenzen, als dieser Knoten erlaubt (%1). Verwenden Sie weniger, breitere Intervalle.</translation>
    </message>
    <message>
        <source>The request names more variables (described or complete-case) and histograms than this node allows in one request (%1). Split it into several requests.</source>
        <translation>Die Anfrage nennt mehr Variablen (beschriebene oder Complete-Case-Variablen) und Histogramme, als dieser Knoten in einer Anfrage erlaubt (%1). Teilen Sie sie auf mehrere Anfragen auf.</translation>
    </message>
    <message>
        <source>The request asks for more two-way tables than this node allows in one request (%1). Split it into several requests.</source>
        <translation>Die Anfrage verlangt mehr Kreuztabellen, als dieser Knoten in einer Anfrage erlaubt (%1). Teilen Sie sie auf mehrere Anfragen auf.</translation>
    </message>
    <message>
        <source>You have made the most descriptives requests this node allows per user and day (%1). Try again after midnight UTC.</source>
        <translation>Sie haben so viele Anfragen nach deskriptiver Statistik gestellt, wie dieser Knoten pro Benutzer und Tag erlaubt (%1). Versuchen Sie es nach Mitternacht UTC erneut.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a UTC date; use an ISO date such as 2026-12-02 or a UTC time such as 2026-12-02T14:30:00Z.</source>
        <translation>--%1 &apos;%2&apos; ist kein UTC-Datum; verwenden Sie ein ISO-Datum wie 2026-12-02 oder eine UTC-Zeit wie 2026-12-02T14:30:00Z.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; no entry can match.</source>
        <translation>--from %1 liegt nach --to %2; kein Eintrag kann passen.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --output.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Prüfen Sie --output.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 audit entries.</source>
        <translation>%1 von %2 Einträgen des Prüfprotokolls exportiert.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Entries from %1 on cannot be trusted; the log was altered outside fairstart-node. Keep a copy of the data dir for investigation.</source>
        <translation>Die Hash-Kette des Prüfprotokolls ist bei Eintrag %1 unterbrochen: %2. Einträgen ab %1 kann nicht vertraut werden; das Protokoll wurde außerhalb von fairstart-node verändert. Bewahren Sie eine Kopie des Datenverzeichnisses für die Untersuchung auf.</translation>
    </message>
    <message>
        <source>export audit entries for the privacy officer (CSV or JSON lines)</source>
        <translation>Einträge des Prüfprotokolls für den Datenschutzbeauftragten exportieren (CSV oder JSON Lines)</translation>
    </message>
    <message>
        <source>csv (default: one entry per row, the main fields) or jsonl (the full entry, one per line)</source>
        <translation>csv (Standard: ein Eintrag pro Zeile, die wichtigsten Felder) oder jsonl (der vollständige Eintrag, einer pro Zeile)</translation>
    </message>
    <message>
        <source>only entries of this user (repeatable)</source>
        <translation>nur Einträge dieses Benutzers (mehrfach möglich)</translation>
    </message>
    <message>
        <source>only entries from this UTC date (2026-12-02) or time (2026-12-02T14:30:00Z) on</source>
        <translation>nur Einträge ab diesem UTC-Datum (2026-12-02) oder dieser UTC-Zeit (2026-12-02T14:30:00Z)</translation>
    </message>
    <message>
        <source>only entries up to this UTC date (its whole day) or time</source>
        <translation>nur Einträge bis zu diesem UTC-Datum (einschließlich des ganzen Tages) oder dieser UTC-Zeit</translation>
    </message>
    <message>
        <source>only entries that checked rule R or were answered with code R (repeatable)</source>
        <translation>nur Einträge, die Regel R geprüft haben oder mit Code R beantwortet wurden (mehrfach möglich)</translation>
    </message>
    <message>
        <source>write to FILE (readable by its owner only) instead of stdout</source>
        <translation>in FILE (nur für den Eigentümer lesbar) statt auf stdout schreiben</translation>
    </message>
    <message>
        <source>The filters combine: an entry is exported when it matches every option given (any of the values of a repeated one). The chain is verified first; a broken chain is reported and the command exits with 1 after the export.</source>
        <translation>Die Filter werden kombiniert: Ein Eintrag wird exportiert, wenn er jeder angegebenen Option entspricht (bei einer mehrfach angegebenen Option einem ihrer Werte). Die Kette wird zuerst geprüft; eine unterbrochene Kette wird gemeldet, und der Befehl endet nach dem Export mit 1.</translation>
    </message>
    <message>
        <source>A job without a new round for this long expires (a repeated round does not count).</source>
        <translation>Ein Job, der so lange keine neue Runde erhält, läuft ab (eine wiederholte Runde zählt nicht).</translation>
    </message>
    <message>
        <source>A job expires this long after it was opened, however active it is.</source>
        <translation>Ein Job läuft so lange nach dem Öffnen ab, egal wie aktiv er ist.</translation>
    </message>
    <message>
        <source>Most design columns (parameters) of one model, interactions included.</source>
        <translation>Höchstzahl der Spalten der Designmatrix (Parameter) eines Modells, Interaktionen eingeschlossen.</translation>
    </message>
    <message>
        <source>Largest design matrix of one job or evaluation, in MiB (records x parameters x 8 bytes).</source>
        <translation>Größte Designmatrix eines Jobs oder einer Evaluation, in MiB (Datensätze x Parameter x 8 Byte).</translation>
    </message>
    <message>
        <source>Memory of all open jobs&apos; design matrices together, in MiB.</source>
        <translation>Speicher der Designmatrizen aller offenen Jobs zusammen, in MiB.</translation>
    </message>
    <message>
        <source>Share of max_job_memory_mb one user&apos;s open jobs may hold, so no user can starve the others.</source>
        <translation>Anteil an max_job_memory_mb, den die offenen Jobs eines Benutzers belegen dürfen, damit kein Benutzer die anderen verdrängen kann.</translation>
    </message>
    <message>
        <source>Most open jobs on the node, all users together.</source>
        <translation>Höchstzahl offener Jobs auf dem Knoten, alle Benutzer zusammen.</translation>
    </message>
    <message>
        <source>Most open jobs of one user.</source>
        <translation>Höchstzahl offener Jobs eines Benutzers.</translation>
    </message>
    <message>
        <source>Most filters in one request (each is a pass over every record).</source>
        <translation>Höchstzahl der Filter in einer Anfrage (jeder durchläuft alle Datensätze).</translation>
    </message>
    <message>
        <source>Most edges of one histogram in a descriptives request.</source>
        <translation>Höchstzahl der Grenzen eines Histogramms in einer Anfrage nach deskriptiver Statistik.</translation>
    </message>
    <message>
        <source>Most variables (described or complete-case) and histograms in one descriptives request (each histogram counts as one).</source>
        <translation>Höchstzahl der Variablen (beschriebene oder Complete-Case-Variablen) und Histogramme in einer Anfrage nach deskriptiver Statistik (jedes Histogramm zählt als eins).</translation>
    </message>
    <message>
        <source>Most two-way tables in one descriptives request.</source>
        <translation>Höchstzahl der Kreuztabellen in einer Anfrage nach deskriptiver Statistik.</translation>
    </message>
    <message>
        <source>Maximum descriptives requests a user may make per UTC day (refused requests count too).</source>
        <translation>Höchstzahl der Anfragen nach deskriptiver Statistik, die ein Benutzer pro UTC-Tag stellen darf (abgelehnte Anfragen zählen mit).</translation>
    </message>
    <message>
        <source>warning: %1 is no longer used and is ignored: differencing is checked across all releases, users and purposes with min_cell (docs/privacy-rules.md). Remove the line from policy.conf.</source>
        <translation>Warnung: %1 wird nicht mehr verwendet und ignoriert: Die Differenzbildung wird über alle Freigaben, Benutzer und Zwecke hinweg mit min_cell geprüft (docs/privacy-rules.md). Entfernen Sie die Zeile aus policy.conf.</translation>
    </message>
    <message>
        <source>The differencing ledger of dataset &apos;%1&apos; cannot be read, so the node releases nothing from it. Restore a backup or import the dataset again (a new import starts a new ledger).</source>
        <translation>Das Differenzregister des Datenbestands &apos;%1&apos; kann nicht gelesen werden, daher gibt der Knoten daraus nichts frei. Spielen Sie eine Sicherung zurück oder importieren Sie den Datenbestand erneut (ein neuer Import beginnt ein neues Register).</translation>
    </message>
    <message>
        <source>The node could not record this request in its audit log. Tell the site administrator.</source>
        <translation>Der Knoten konnte diese Anfrage nicht in seinem Prüfprotokoll festhalten. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>entry %1 is beyond the recorded head of the chain (%2): it was added outside fairstart-node</source>
        <translation>Eintrag %1 liegt hinter dem gespeicherten Ende der Kette (%2): Er wurde außerhalb von fairstart-node hinzugefügt</translation>
    </message>
    <message>
        <source>There is no such resource on this node. See docs/protocol.md for the paths of the API (protocol version 2).</source>
        <translation>Diese Ressource gibt es auf diesem Knoten nicht. Die Pfade der API (Protokollversion 2) stehen in docs/protocol.md.</translation>
    </message>
    <message>
        <source>The node could not read its record of studies. Tell the site administrator.</source>
        <translation>Der Knoten konnte sein Studienregister nicht lesen. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>This node evaluates only the final β of a model study that you ran with it (as participant or observer), that converged here, for the same purpose. Send the study&apos;s job id at this node after the study converged.</source>
        <translation>Dieser Knoten evaluiert nur das endgültige β einer Modellstudie, die Sie mit ihm (als Teilnehmer oder Beobachter) durchgeführt haben und die hier konvergiert ist, für denselben Zweck. Senden Sie die Job-ID der Studie an diesem Knoten, nachdem die Studie konvergiert ist.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the study is damaged. Tell the site administrator.</source>
        <translation>Der Eintrag des Knotens zu dieser Studie ist beschädigt. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The fitted study was run on another dataset, purpose or design. A calibration study uses the fitted study&apos;s own dataset, purpose and design.</source>
        <translation>Die angepasste Studie lief auf einem anderen Datenbestand, mit einem anderen Zweck oder Entwurf. Eine Kalibrierungsstudie verwendet Datenbestand, Zweck und Entwurf der angepassten Studie selbst.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the fitted study is damaged. Tell the site administrator.</source>
        <translation>Der Eintrag des Knotens zur angepassten Studie ist beschädigt. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>This node has no signing or key-agreement key, so it cannot take part in studies. Tell the site administrator.</source>
        <translation>Dieser Knoten hat keinen Signatur- oder Schlüsselvereinbarungsschlüssel und kann daher nicht an Studien teilnehmen. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The manifest has version %1; this node takes version 2. Update the Fairstart client.</source>
        <translation>Das Manifest hat Version %1; dieser Knoten akzeptiert Version 2. Aktualisieren Sie den Fairstart-Client.</translation>
    </message>
    <message>
        <source>The study id must be 32 lower-case hexadecimal digits (128 random bits).</source>
        <translation>Die Studien-ID muss aus 32 hexadezimalen Ziffern in Kleinbuchstaben bestehen (128 Zufallsbits).</translation>
    </message>
    <message>
        <source>The manifest names no participant. A study needs at least one site that contributes.</source>
        <translation>Das Manifest nennt keinen Teilnehmer. Eine Studie braucht mindestens einen Standort, der beiträgt.</translation>
    </message>
    <message>
        <source>A site&apos;s name must be 1 to 128 characters without control characters.</source>
        <translation>Der Name eines Standorts muss 1 bis 128 Zeichen lang sein, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>The keys of site &apos;%1&apos; are not 32-byte keys in base64. Take them from the site&apos;s /v1/info.</source>
        <translation>Die Schlüssel des Standorts &apos;%1&apos; sind keine 32-Byte-Schlüssel in Base64. Übernehmen Sie sie aus /v1/info des Standorts.</translation>
    </message>
    <message>
        <source>The site &apos;%1&apos; appears twice in the manifest. Name every site once, as participant or observer.</source>
        <translation>Der Standort &apos;%1&apos; kommt zweimal im Manifest vor. Nennen Sie jeden Standort einmal, als Teilnehmer oder Beobachter.</translation>
    </message>
    <message>
        <source>A key of site &apos;%1&apos; is also another site&apos;s key (or its own other key). Every site has its own keys.</source>
        <translation>Ein Schlüssel des Standorts &apos;%1&apos; ist auch der Schlüssel eines anderen Standorts (oder sein eigener anderer Schlüssel). Jeder Standort hat eigene Schlüssel.</translation>
    </message>
    <message>
        <source>The sites of the manifest must be sorted by name (byte-wise), so that every node sums in the same order.</source>
        <translation>Die Standorte im Manifest müssen nach Namen sortiert sein (byteweise), damit jeder Knoten in derselben Reihenfolge summiert.</translation>
    </message>
    <message>
        <source>The manifest does not name this node (&apos;%1&apos;) as a participant or observer. Build the manifest from this node&apos;s /v1/info.</source>
        <translation>Das Manifest nennt diesen Knoten (&apos;%1&apos;) weder als Teilnehmer noch als Beobachter. Erstellen Sie das Manifest aus /v1/info dieses Knotens.</translation>
    </message>
    <message>
        <source>The manifest names this node (&apos;%1&apos;) with other keys than its own. Check the keys you pinned for it against its /v1/info and the administrator&apos;s announcement.</source>
        <translation>Das Manifest nennt diesen Knoten (&apos;%1&apos;) mit anderen Schlüsseln als seinen eigenen. Vergleichen Sie die Schlüssel, die Sie für ihn gepinnt haben, mit seinem /v1/info und der Mitteilung des Administrators.</translation>
    </message>
    <message>
        <source>The mode must be &apos;masked&apos; or &apos;plain&apos;.</source>
        <translation>Der Modus muss &apos;masked&apos; oder &apos;plain&apos; sein.</translation>
    </message>
    <message>
        <source>This node takes part in masked studies only. Run the study in mode &apos;masked&apos;.</source>
        <translation>Dieser Knoten nimmt nur an maskierten Studien teil. Führen Sie die Studie im Modus &apos;masked&apos; aus.</translation>
    </message>
    <message>
        <source>This node joins a plain study (every site&apos;s statistics unmasked) of at most %1 participants; this one has %2. Run it in mode &apos;masked&apos;.</source>
        <translation>Dieser Knoten nimmt an einer plain-Studie (Statistiken jedes Standorts unmaskiert) mit höchstens %1 Teilnehmern teil; diese hat %2. Führen Sie sie im Modus &apos;masked&apos; aus.</translation>
    </message>
    <message>
        <source>fractionBits must be from %1 to %2.</source>
        <translation>fractionBits muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>maxRounds must be at least 1.</source>
        <translation>maxRounds muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>This node allows at most %1 rounds per fit; the manifest asks for %2. Lower maxRounds.</source>
        <translation>Dieser Knoten erlaubt höchstens %1 Runden pro Anpassung; das Manifest verlangt %2. Senken Sie maxRounds.</translation>
    </message>
    <message>
        <source>tolerance must be from 1e-14 to 1e-4 (R&apos;s default is 1e-8; Fairstart&apos;s 1e-10).</source>
        <translation>tolerance muss zwischen 1e-14 und 1e-4 liegen (Standard in R ist 1e-8; in Fairstart 1e-10).</translation>
    </message>
    <message>
        <source>fittedStudy belongs to calibration studies only.</source>
        <translation>fittedStudy gehört nur zu Kalibrierungsstudien.</translation>
    </message>
    <message>
        <source>Calibration studies need a binomial model.</source>
        <translation>Kalibrierungsstudien brauchen ein binomiales Modell.</translation>
    </message>
    <message>
        <source>A calibration study names the study whose final β it calibrates (fittedStudy).</source>
        <translation>Eine Kalibrierungsstudie nennt die Studie, deren endgültiges β sie kalibriert (fittedStudy).</translation>
    </message>
    <message>
        <source>This node took part in a study of this dataset and purpose whose participants differ from this one&apos;s by the single site &apos;%1&apos;; the difference of the two studies&apos; sums would be that site&apos;s statistics, and this node&apos;s policy refuses that (single_site_difference = refuse). Include or leave out at least one more site.</source>
        <translation>Dieser Knoten hat an einer Studie mit diesem Datenbestand und Zweck teilgenommen, deren Teilnehmer sich von denen dieser Studie nur durch den Standort &apos;%1&apos; unterscheiden; die Differenz der Summen beider Studien wären die Statistiken dieses Standorts, und die Richtlinie dieses Knotens lehnt das ab (single_site_difference = refuse). Nehmen Sie mindestens einen weiteren Standort hinzu oder lassen Sie einen weiteren weg.</translation>
    </message>
    <message>
        <source>The node could not record the study&apos;s participants. Tell the site administrator.</source>
        <translation>Der Knoten konnte die Teilnehmer der Studie nicht festhalten. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The study has ended at this node; nothing more is released for it. Start a new study.</source>
        <translation>Die Studie ist an diesem Knoten beendet; für sie wird nichts mehr freigegeben. Starten Sie eine neue Studie.</translation>
    </message>
    <message>
        <source>There is no such job for you on this node. Open a study first (POST /v1/jobs).</source>
        <translation>Für Sie gibt es keinen solchen Job auf diesem Knoten. Eröffnen Sie zuerst eine Studie (POST /v1/jobs).</translation>
    </message>
    <message>
        <source>This study has ended at this node (%1). Start a new study.</source>
        <translation>Diese Studie ist an diesem Knoten beendet (%1). Starten Sie eine neue Studie.</translation>
    </message>
    <message>
        <source>the job was closed</source>
        <translation>der Job wurde geschlossen</translation>
    </message>
    <message>
        <source>The relay holds a manifest signature of &apos;%1&apos;, which is not a site of this study.</source>
        <translation>Die Weiterleitung enthält eine Manifest-Signatur von &apos;%1&apos;, das kein Standort dieser Studie ist.</translation>
    </message>
    <message>
        <source>The relay holds two manifest signatures of site &apos;%1&apos;.</source>
        <translation>Die Weiterleitung enthält zwei Manifest-Signaturen des Standorts &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The relay lacks the manifest signature of site &apos;%1&apos;. Every participant and observer must sign the same manifest before anything is computed.</source>
        <translation>Der Weiterleitung fehlt die Manifest-Signatur des Standorts &apos;%1&apos;. Jeder Teilnehmer und Beobachter muss dasselbe Manifest signieren, bevor etwas berechnet wird.</translation>
    </message>
    <message>
        <source>The manifest signature of site &apos;%1&apos; does not verify against that site&apos;s key in the manifest: it signed another manifest, or another key signed it.</source>
        <translation>Die Manifest-Signatur des Standorts &apos;%1&apos; lässt sich mit dem Schlüssel dieses Standorts im Manifest nicht verifizieren: Er hat ein anderes Manifest signiert, oder ein anderer Schlüssel hat es signiert.</translation>
    </message>
    <message>
        <source>This node computes nothing before every site&apos;s signature of the manifest is relayed (POST /v1/jobs/{id}/signatures).</source>
        <translation>Dieser Knoten berechnet nichts, bevor die Manifest-Signatur jedes Standorts weitergeleitet wurde (POST /v1/jobs/{id}/signatures).</translation>
    </message>
    <message>
        <source>The study&apos;s job was cancelled. Start a new study.</source>
        <translation>Der Job der Studie wurde abgebrochen. Starten Sie eine neue Studie.</translation>
    </message>
    <message>
        <source>This study has used all %1 rounds this node allows it.</source>
        <translation>Diese Studie hat alle %1 Runden verbraucht, die dieser Knoten ihr erlaubt.</translation>
    </message>
    <message>
        <source>Round %1 was relayed, but this node answered round %2 last and expects round %3 (or the identical repeat of round %2): a replayed, skipped or changed round.</source>
        <translation>Runde %1 wurde weitergeleitet, aber dieser Knoten hat zuletzt Runde %2 beantwortet und erwartet Runde %3 (oder die identische Wiederholung von Runde %2): eine wiedereingespielte, übersprungene oder veränderte Runde.</translation>
    </message>
    <message>
        <source>This study has converged; its final β is attested. Ask for the per-site fit or an evaluation instead.</source>
        <translation>Diese Studie ist konvergiert; ihr endgültiges β ist attestiert. Fordern Sie stattdessen die Anpassung je Standort oder eine Evaluation an.</translation>
    </message>
    <message>
        <source>Round 1 is at the coordinator&apos;s start and carries no contributions; this relay holds %1.</source>
        <translation>Runde 1 beginnt am Startpunkt des Koordinators und enthält keine Beiträge; diese Weiterleitung enthält %1.</translation>
    </message>
    <message>
        <source>The relay holds a contribution of &apos;%1&apos;, which is not a participant of this study.</source>
        <translation>Die Weiterleitung enthält einen Beitrag von &apos;%1&apos;, das kein Teilnehmer dieser Studie ist.</translation>
    </message>
    <message>
        <source>The relay holds two contributions of site &apos;%1&apos;.</source>
        <translation>Die Weiterleitung enthält zwei Beiträge des Standorts &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The relay lacks the round-%1 contribution of site &apos;%2&apos;. A site that drops out ends the study.</source>
        <translation>Der Weiterleitung fehlt der Beitrag des Standorts &apos;%2&apos; zu Runde %1. Ein Standort, der ausfällt, beendet die Studie.</translation>
    </message>
    <message>
        <source>The contributions are not in the manifest&apos;s order: position %1 holds site &apos;%2&apos; instead of &apos;%3&apos;.</source>
        <translation>Die Beiträge stehen nicht in der Reihenfolge des Manifests: An Position %1 steht Standort &apos;%2&apos; statt &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; does not verify against that site&apos;s key in the manifest: it was changed on the way, or another key signed it.</source>
        <translation>Der Beitrag des Standorts &apos;%2&apos; zu Runde %1 lässt sich mit dem Schlüssel dieses Standorts im Manifest nicht verifizieren: Er wurde unterwegs verändert, oder ein anderer Schlüssel hat ihn signiert.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; is signed, but %3.</source>
        <translation>Der Beitrag des Standorts &apos;%2&apos; zu Runde %1 ist signiert, aber %3.</translation>
    </message>
    <message>
        <source>it belongs to another study</source>
        <translation>er gehört zu einer anderen Studie</translation>
    </message>
    <message>
        <source>it is of round %1 (a replayed contribution)</source>
        <translation>er stammt aus Runde %1 (ein wiedereingespielter Beitrag)</translation>
    </message>
    <message>
        <source>its mode or number of parameters is not the study&apos;s</source>
        <translation>sein Modus oder seine Parameterzahl entspricht nicht der Studie</translation>
    </message>
    <message>
        <source>it holds no round statistics (status &apos;%1&apos;)</source>
        <translation>er enthält keine Rundenstatistiken (Status &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; computed a different β than this node for that round</source>
        <translation>Standort &apos;%1&apos; hat für diese Runde ein anderes β berechnet als dieser Knoten</translation>
    </message>
    <message>
        <source>its statistics do not have the study&apos;s layout</source>
        <translation>seine Statistiken haben nicht den Aufbau der Studie</translation>
    </message>
    <message>
        <source>The node could not add the masked contributions. Tell the site administrator.</source>
        <translation>Der Knoten konnte die maskierten Beiträge nicht addieren. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The masked contributions of round %1 do not sum to statistics: a contribution was changed, or a site masked with other keys.</source>
        <translation>Die maskierten Beiträge von Runde %1 ergeben in der Summe keine Statistiken: Ein Beitrag wurde verändert, oder ein Standort hat mit anderen Schlüsseln maskiert.</translation>
    </message>
    <message>
        <source>the fit failed: %1</source>
        <translation>die Anpassung ist gescheitert: %1</translation>
    </message>
    <message>
        <source>The node&apos;s coordinator converged without a result. Tell the site administrator.</source>
        <translation>Der Koordinator des Knotens ist ohne Ergebnis konvergiert. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The node could not record the study&apos;s final β. Tell the site administrator.</source>
        <translation>Der Knoten konnte das endgültige β der Studie nicht festhalten. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The study&apos;s job no longer holds its design.</source>
        <translation>Der Job der Studie enthält ihren Entwurf nicht mehr.</translation>
    </message>
    <message>
        <source>the round could not be computed on this site&apos;s records</source>
        <translation>die Runde konnte auf den Datensätzen dieses Standorts nicht berechnet werden</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused a round</source>
        <translation>die Freigaberegeln dieses Standorts haben eine Runde abgelehnt</translation>
    </message>
    <message>
        <source>this site&apos;s statistics do not fit the study&apos;s fixed-point scale</source>
        <translation>die Statistiken dieses Standorts passen nicht in die Festkomma-Skala der Studie</translation>
    </message>
    <message>
        <source>The node could not mask its statistics. Tell the site administrator.</source>
        <translation>Der Knoten konnte seine Statistiken nicht maskieren. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>This node&apos;s policy refuses per-site fits (site_fits = refuse): it releases only studies&apos; sums.</source>
        <translation>Die Richtlinie dieses Knotens lehnt Anpassungen je Standort ab (site_fits = refuse): Er gibt nur die Summen von Studien frei.</translation>
    </message>
    <message>
        <source>A per-site fit starts from the final β of a model study this node took part in as a participant and saw converge. Run the study to convergence first.</source>
        <translation>Eine Anpassung je Standort beginnt beim endgültigen β einer Modellstudie, an der dieser Knoten als Teilnehmer mitgewirkt und deren Konvergenz er erlebt hat. Führen Sie die Studie zuerst bis zur Konvergenz aus.</translation>
    </message>
    <message>
        <source>The study&apos;s job has ended and no longer holds its design. Run the study again.</source>
        <translation>Der Job der Studie ist beendet und enthält ihren Entwurf nicht mehr. Führen Sie die Studie erneut aus.</translation>
    </message>
    <message>
        <source>round kernel %1</source>
        <translation>Rundenkern %1</translation>
    </message>
    <message>
        <source>Largest study (participants) this node joins in plain mode, where every site&apos;s statistics travel unmasked; larger studies must be masked. 0: masked only.</source>
        <translation>Größte Studie (Teilnehmer), an der dieser Knoten im plain-Modus teilnimmt, in dem die Statistiken jedes Standorts unmaskiert übertragen werden; größere Studien müssen maskiert sein. 0: nur maskiert.</translation>
    </message>
    <message>
        <source>allow (1) or refuse (0) a study whose participant set differs by exactly one site from an earlier study of this node on the same dataset and purpose (the difference of two sums is that site&apos;s statistics).</source>
        <translation>eine Studie erlauben (1) oder ablehnen (0), deren Teilnehmer sich um genau einen Standort von einer früheren Studie dieses Knotens mit demselben Datenbestand und Zweck unterscheiden (die Differenz zweier Summen sind die Statistiken dieses Standorts).</translation>
    </message>
    <message>
        <source>allow (1) or refuse (0) per-site fits: this site&apos;s own model, fitted from a study&apos;s final β on its records alone and released under the round rules.</source>
        <translation>Anpassungen je Standort erlauben (1) oder ablehnen (0): das eigene Modell dieses Standorts, ausgehend vom endgültigen β einer Studie allein auf seinen Datensätzen angepasst und nach den Regeln für Runden freigegeben.</translation>
    </message>
    <message>
        <source>Only model studies (kind glm) can be checked in advance. A calibration study is checked when it is opened.</source>
        <translation>Nur Modellstudien (Art glm) können vorab geprüft werden. Eine Kalibrierungsstudie wird geprüft, wenn sie eröffnet wird.</translation>
    </message>
    <message>
        <source>The node could not read its validation models. Tell the site administrator.</source>
        <translation>Der Knoten konnte seine Validierungsmodelle nicht lesen. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>This node&apos;s administrator registered no validation model of that name or hash. Ask the site which models it holds for validation; a β cannot be sent.</source>
        <translation>Der Administrator dieses Knotens hat kein Validierungsmodell dieses Namens oder Hashs registriert. Fragen Sie den Standort, welche Modelle er zur Validierung bereithält; ein β kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the validation model is damaged. Tell the site administrator.</source>
        <translation>Der Eintrag des Knotens zum Validierungsmodell ist beschädigt. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>An evaluation study has a single round (round 1, with no contributions relayed); this relay is round %1 with %2.</source>
        <translation>Eine Evaluationsstudie hat genau eine Runde (Runde 1, ohne weitergeleitete Beiträge); diese Weiterleitung ist Runde %1 mit %2.</translation>
    </message>
    <message>
        <source>the evaluation could not be computed on this site&apos;s records</source>
        <translation>die Evaluation konnte nicht an den Datensätzen dieses Standorts berechnet werden</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused the evaluation</source>
        <translation>die Freigaberegeln dieses Standorts haben die Evaluation abgelehnt</translation>
    </message>
    <message>
        <source>this site&apos;s evaluation does not fit the study&apos;s fixed-point scale</source>
        <translation>die Evaluation dieses Standorts passt nicht in die Festkomma-Skala der Studie</translation>
    </message>
    <message>
        <source>The node could not mask its evaluation. Tell the site administrator.</source>
        <translation>Der Knoten konnte seine Evaluation nicht maskieren. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>This node&apos;s administrator registered no validation model with that hash (fittedStudy: &quot;model:&quot; and the model&apos;s hash). Ask the site which models it holds for validation; a β cannot be sent.</source>
        <translation>Der Administrator dieses Knotens hat kein Validierungsmodell mit diesem Hash registriert (fittedStudy: &quot;model:&quot; und der Hash des Modells). Fragen Sie den Standort, welche Modelle er zur Validierung bereithält; ein β kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The registered model has another design than the manifest. Use the model&apos;s own design.</source>
        <translation>Das registrierte Modell hat einen anderen Entwurf als das Manifest. Verwenden Sie den eigenen Entwurf des Modells.</translation>
    </message>
    <message>
        <source>A calibration or evaluation study needs the final β of a model study that you ran at this node and that converged here (fittedStudy: its study hash). This node knows no such study of yours. Fit the model in a study with this node first.</source>
        <translation>Eine Kalibrierungs- oder Evaluationsstudie braucht das endgültige β einer Modellstudie, die Sie an diesem Knoten ausgeführt haben und die hier konvergiert ist (fittedStudy: ihr Studien-Hash). Dieser Knoten kennt keine solche Studie von Ihnen. Passen Sie das Modell zuerst in einer Studie mit diesem Knoten an.</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>--name muss aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>--note must be at most 1000 characters.</source>
        <translation>--note darf höchstens 1000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; cannot be read: %2.</source>
        <translation>Die Modelldatei &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; is not a model: %2. Write {&quot;design&quot;: {...}, &quot;beta&quot;: [...]} with one coefficient per design column.</source>
        <translation>Die Modelldatei &apos;%1&apos; ist kein Modell: %2. Schreiben Sie {&quot;design&quot;: {...}, &quot;beta&quot;: [...]} mit einem Koeffizienten je Spalte des Entwurfs.</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>sie ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is unknown</source>
        <translation>das Feld &apos;%1&apos; ist unbekannt</translation>
    </message>
    <message>
        <source>its design is not a resolved design</source>
        <translation>ihr Entwurf ist kein aufgelöster Entwurf</translation>
    </message>
    <message>
        <source>its beta holds a value that is not a finite number</source>
        <translation>ihr beta enthält einen Wert, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>its beta has %1 values, its design %2 columns</source>
        <translation>ihr beta hat %1 Werte, ihr Entwurf %2 Spalten</translation>
    </message>
    <message>
        <source>only binomial models can be evaluated</source>
        <translation>nur binomiale Modelle können evaluiert werden</translation>
    </message>
    <message>
        <source>A validation model named &apos;%1&apos; or with the same design and β is registered already. See &apos;fairstart-node models list&apos;; remove it first to replace it.</source>
        <translation>Ein Validierungsmodell namens &apos;%1&apos; oder mit demselben Entwurf und β ist bereits registriert. Siehe &apos;fairstart-node models list&apos;; entfernen Sie es zuerst, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Registered the validation model &apos;%1&apos; (%2).</source>
        <translation>Das Validierungsmodell &apos;%1&apos; (%2) wurde registriert.</translation>
    </message>
    <message>
        <source>No validation models. Register one with &apos;fairstart-node models add&apos;.</source>
        <translation>Keine Validierungsmodelle. Registrieren Sie eines mit &apos;fairstart-node models add&apos;.</translation>
    </message>
    <message>
        <source>There is no validation model named &apos;%1&apos;. See &apos;fairstart-node models list&apos;.</source>
        <translation>Es gibt kein Validierungsmodell namens &apos;%1&apos;. Siehe &apos;fairstart-node models list&apos;.</translation>
    </message>
    <message>
        <source>Removed the validation model &apos;%1&apos;.</source>
        <translation>Das Validierungsmodell &apos;%1&apos; wurde entfernt.</translation>
    </message>
    <message>
        <source>The new token %1 could not be revoked again (%2). Revoke it with &apos;fairstart-node token revoke %1&apos;.</source>
        <translation>Das neue Token %1 konnte nicht wieder widerrufen werden (%2). Widerrufen Sie es mit &apos;fairstart-node token revoke %1&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>TLS pin</source>
        <translation>TLS-Pin</translation>
    </message>
    <message>
        <source>Give the name and both keys to the administrators of the other sites over a channel you trust (in person, a signed letter, a call in which you read them out). Each of them accepts this node with:</source>
        <translation>Geben Sie den Namen und beide Schlüssel den Administratoren der anderen Standorte über einen Kanal, dem Sie vertrauen (persönlich, ein unterschriebener Brief, ein Anruf, in dem Sie sie vorlesen). Jeder von ihnen akzeptiert diesen Knoten mit:</translation>
    </message>
    <message>
        <source>give either --keys-file or --name, --ed25519 and --x25519.</source>
        <translation>geben Sie entweder --keys-file oder --name, --ed25519 und --x25519 an.</translation>
    </message>
    <message>
        <source>Cannot read the keys file %1 (%2).</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>give --name, --ed25519 and --x25519 (the peer&apos;s &apos;fairstart-node keys&apos;), or --keys-file FILE.</source>
        <translation>geben Sie --name, --ed25519 und --x25519 (aus &apos;fairstart-node keys&apos; des Peers) oder --keys-file FILE an.</translation>
    </message>
    <message>
        <source>Accepted &apos;%1&apos; as a peer: studies that name it with these keys may be joined (a running server applies this from its next request).</source>
        <translation>&apos;%1&apos; wurde als Peer akzeptiert: an Studien, die ihn mit diesen Schlüsseln nennen, darf teilgenommen werden (ein laufender Server wendet dies ab seiner nächsten Anfrage an).</translation>
    </message>
    <message>
        <source>No peers: this node joins only studies in which it is the only site. Accept another node with &apos;fairstart-node peers add&apos;.</source>
        <translation>Keine Peers: Dieser Knoten nimmt nur an Studien teil, in denen er der einzige Standort ist. Akzeptieren Sie einen anderen Knoten mit &apos;fairstart-node peers add&apos;.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>There is no peer &apos;%1&apos;. &apos;fairstart-node peers list&apos; shows them.</source>
        <translation>Es gibt keinen Peer &apos;%1&apos;. &apos;fairstart-node peers list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>Removed the peer &apos;%1&apos;: this node joins no new study with it, and its open studies that name it end at their next request.</source>
        <translation>Der Peer &apos;%1&apos; wurde entfernt: Dieser Knoten nimmt mit ihm an keiner neuen Studie mehr teil, und seine offenen Studien, die ihn nennen, enden bei ihrer nächsten Anfrage.</translation>
    </message>
    <message>
        <source>unknown --profile &apos;%1&apos;; use one of: %2.</source>
        <translation>unbekanntes --profile &apos;%1&apos;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>register a validation model: a design and its β from a file (audited)</source>
        <translation>ein Validierungsmodell registrieren: einen Entwurf und sein β aus einer Datei (wird protokolliert)</translation>
    </message>
    <message>
        <source>the model&apos;s name, as analysts ask for it</source>
        <translation>der Name des Modells, unter dem Analysten es anfragen</translation>
    </message>
    <message>
        <source>{&quot;design&quot;: {...}, &quot;beta&quot;: [...]}: a resolved design and one coefficient per column</source>
        <translation>{&quot;design&quot;: {...}, &quot;beta&quot;: [...]}: ein aufgelöster Entwurf und ein Koeffizient je Spalte</translation>
    </message>
    <message>
        <source>where the model comes from</source>
        <translation>woher das Modell stammt</translation>
    </message>
    <message>
        <source>Analysts may then ask this node to evaluate the model, by its name or hash, on a dataset; the node never evaluates a β an analyst sends.</source>
        <translation>Analysten können diesen Knoten dann bitten, das Modell über seinen Namen oder Hash an einem Datenbestand zu evaluieren; der Knoten evaluiert nie ein β, das ein Analyst sendet.</translation>
    </message>
    <message>
        <source>list the registered validation models</source>
        <translation>die registrierten Validierungsmodelle auflisten</translation>
    </message>
    <message>
        <source>remove a registered validation model (audited)</source>
        <translation>ein registriertes Validierungsmodell entfernen (wird protokolliert)</translation>
    </message>
    <message>
        <source>the model&apos;s name</source>
        <translation>der Name des Modells</translation>
    </message>
    <message>
        <source>print this node&apos;s name and public keys, for the other sites&apos; peer lists</source>
        <translation>den Namen und die öffentlichen Schlüssel dieses Knotens ausgeben, für die Peer-Listen der anderen Standorte</translation>
    </message>
    <message>
        <source>one JSON object (name, ed25519, x25519, tls_pin), for &apos;peers add --keys-file&apos;</source>
        <translation>ein JSON-Objekt (name, ed25519, x25519, tls_pin), für &apos;peers add --keys-file&apos;</translation>
    </message>
    <message>
        <source>accept another node as a peer in studies (audited)</source>
        <translation>einen anderen Knoten als Peer in Studien akzeptieren (wird protokolliert)</translation>
    </message>
    <message>
        <source>the peer&apos;s node name, as its &apos;keys&apos; shows it</source>
        <translation>der Knotenname des Peers, wie sein &apos;keys&apos; ihn anzeigt</translation>
    </message>
    <message>
        <source>the peer&apos;s Ed25519 public key (base64)</source>
        <translation>der öffentliche Ed25519-Schlüssel des Peers (base64)</translation>
    </message>
    <message>
        <source>the peer&apos;s X25519 public key (base64)</source>
        <translation>der öffentliche X25519-Schlüssel des Peers (base64)</translation>
    </message>
    <message>
        <source>read name and keys from the peer&apos;s &apos;fairstart-node keys --json&apos;</source>
        <translation>Name und Schlüssel aus &apos;fairstart-node keys --json&apos; des Peers lesen</translation>
    </message>
    <message>
        <source>who vouched for the keys and how they were compared</source>
        <translation>wer sich für die Schlüssel verbürgt hat und wie sie verglichen wurden</translation>
    </message>
    <message>
        <source>A study&apos;s manifest may name another site only with exactly the keys pinned here (policy unknown_peers). Compare the keys with the peer&apos;s administrator over a channel you trust. To change a peer&apos;s keys, remove it and add it again.</source>
        <translation>Das Manifest einer Studie darf einen anderen Standort nur mit genau den hier gepinnten Schlüsseln nennen (Richtlinie unknown_peers). Vergleichen Sie die Schlüssel mit dem Administrator des Peers über einen Kanal, dem Sie vertrauen. Um die Schlüssel eines Peers zu ändern, entfernen Sie ihn und fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>list the accepted peers</source>
        <translation>die akzeptierten Peers auflisten</translation>
    </message>
    <message>
        <source>stop accepting a peer (audited; its open studies end)</source>
        <translation>einen Peer nicht mehr akzeptieren (wird protokolliert; seine offenen Studien enden)</translation>
    </message>
    <message>
        <source>the peer&apos;s name from &apos;peers list&apos;</source>
        <translation>der Name des Peers aus &apos;peers list&apos;</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a user name; user names are 1 to 64 letters, digits and . _ @ - (see &apos;token list&apos;).</source>
        <translation>--%1 &apos;%2&apos; ist kein Benutzername; Benutzernamen bestehen aus 1 bis 64 Buchstaben, Ziffern und . _ @ - (siehe &apos;token list&apos;).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a rule id; rule ids are lower-case words joined by &apos;-&apos;, e.g. min-cell (see docs/privacy-rules.md).</source>
        <translation>--%1 &apos;%2&apos; ist keine Regel-ID; Regel-IDs sind kleingeschriebene, durch &apos;-&apos; verbundene Wörter, z. B. min-cell (siehe docs/privacy-rules.md).</translation>
    </message>
    <message>
        <source>libsodium could not be initialised. Check the installation.</source>
        <translation>libsodium konnte nicht initialisiert werden. Prüfen Sie die Installation.</translation>
    </message>
    <message>
        <source>A peer&apos;s name is its node name as its /v1/info shows it: 1 to 128 characters, no control characters, no spaces at either end.</source>
        <translation>Der Name eines Peers ist sein Knotenname, wie sein /v1/info ihn anzeigt: 1 bis 128 Zeichen, keine Steuerzeichen, keine Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this node&apos;s own name. Add the other nodes as peers; this node always knows its own keys.</source>
        <translation>&apos;%1&apos; ist der eigene Name dieses Knotens. Fügen Sie die anderen Knoten als Peers hinzu; dieser Knoten kennt seine eigenen Schlüssel immer.</translation>
    </message>
    <message>
        <source>The note must be one line of at most 500 characters.</source>
        <translation>Die Notiz muss eine Zeile mit höchstens 500 Zeichen sein.</translation>
    </message>
    <message>
        <source>The Ed25519 key of &apos;%1&apos; is not a public key: expected the standard base64 of 32 bytes exactly as the peer&apos;s &apos;fairstart-node keys&apos; or /v1/info shows it.</source>
        <translation>Der Ed25519-Schlüssel von &apos;%1&apos; ist kein öffentlicher Schlüssel: Erwartet wird das Standard-base64 von 32 Bytes, genau so, wie &apos;fairstart-node keys&apos; oder /v1/info des Peers es anzeigt.</translation>
    </message>
    <message>
        <source>The X25519 key of &apos;%1&apos; is not a usable public key: expected the standard base64 of 32 bytes exactly as the peer&apos;s &apos;fairstart-node keys&apos; or /v1/info shows it.</source>
        <translation>Der X25519-Schlüssel von &apos;%1&apos; ist kein verwendbarer öffentlicher Schlüssel: Erwartet wird das Standard-base64 von 32 Bytes, genau so, wie &apos;fairstart-node keys&apos; oder /v1/info des Peers es anzeigt.</translation>
    </message>
    <message>
        <source>The two keys of &apos;%1&apos; are the same. A node has two different keys; copy both again from its &apos;fairstart-node keys&apos;.</source>
        <translation>Die beiden Schlüssel von &apos;%1&apos; sind gleich. Ein Knoten hat zwei verschiedene Schlüssel; kopieren Sie beide erneut aus seinem &apos;fairstart-node keys&apos;.</translation>
    </message>
    <message>
        <source>A key given for &apos;%1&apos; is this node&apos;s own key. Copy the peer&apos;s keys from the peer&apos;s &apos;fairstart-node keys&apos;.</source>
        <translation>Ein für &apos;%1&apos; angegebener Schlüssel ist ein eigener Schlüssel dieses Knotens. Kopieren Sie die Schlüssel des Peers aus &apos;fairstart-node keys&apos; des Peers.</translation>
    </message>
    <message>
        <source>The keys file is not what &apos;fairstart-node keys --json&apos; writes (a JSON object with name, ed25519 and x25519).</source>
        <translation>Die Schlüsseldatei entspricht nicht dem, was &apos;fairstart-node keys --json&apos; schreibt (ein JSON-Objekt mit name, ed25519 und x25519).</translation>
    </message>
    <message>
        <source>The manifest names the site &apos;%1&apos; with other keys than this node&apos;s administrator accepted for it. Check the keys you pinned for &apos;%1&apos; against its administrator&apos;s announcement; if they changed, ask this site&apos;s administrator to update the peer &apos;%1&apos; (fairstart-node peers).</source>
        <translation>Das Manifest nennt den Standort &apos;%1&apos; mit anderen Schlüsseln, als der Administrator dieses Knotens für ihn akzeptiert hat. Prüfen Sie die für &apos;%1&apos; gepinnten Schlüssel anhand der Bekanntgabe seines Administrators; haben sie sich geändert, bitten Sie den Administrator dieses Standorts, den Peer &apos;%1&apos; zu aktualisieren (fairstart-node peers).</translation>
    </message>
    <message>
        <source>The manifest names a site &apos;%1&apos; whose keys this node&apos;s administrator accepted for the site &apos;%2&apos;. Name every site as its administrator does, or ask this site&apos;s administrator to add the peer under the new name.</source>
        <translation>Das Manifest nennt einen Standort &apos;%1&apos;, dessen Schlüssel der Administrator dieses Knotens für den Standort &apos;%2&apos; akzeptiert hat. Nennen Sie jeden Standort so, wie sein Administrator es tut, oder bitten Sie den Administrator dieses Standorts, den Peer unter dem neuen Namen hinzuzufügen.</translation>
    </message>
    <message>
        <source>The site &apos;%1&apos; is not one of this node&apos;s accepted peers, so this node does not join a study with it. Ask this site&apos;s administrator to add &apos;%1&apos; as a peer (fairstart-node peers add, with the keys &apos;%1&apos; publishes) and run the study again.</source>
        <translation>Der Standort &apos;%1&apos; gehört nicht zu den akzeptierten Peers dieses Knotens, daher nimmt dieser Knoten an keiner Studie mit ihm teil. Bitten Sie den Administrator dieses Standorts, &apos;%1&apos; als Peer hinzuzufügen (fairstart-node peers add, mit den Schlüsseln, die &apos;%1&apos; veröffentlicht), und führen Sie die Studie erneut aus.</translation>
    </message>
    <message>
        <source>The node could not read its list of accepted peers. Tell the site administrator.</source>
        <translation>Der Knoten konnte seine Liste akzeptierter Peers nicht lesen. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>refuse (0) or allow (1) a study that names a site which is not one of this node&apos;s accepted peers (&apos;fairstart-node peers add&apos;). Allowing it lets anyone with a token invent participants whose keys they hold.</source>
        <translation>eine Studie ablehnen (0) oder erlauben (1), die einen Standort nennt, der nicht zu den akzeptierten Peers dieses Knotens gehört (&apos;fairstart-node peers add&apos;). Wer dies erlaubt, lässt jeden mit einem Token Teilnehmer erfinden, deren Schlüssel er besitzt.</translation>
    </message>
    <message>
        <source>The peer &apos;%1&apos; or one of its keys is already pinned. See &apos;fairstart-node peers list&apos;; to change a peer&apos;s keys, remove it first.</source>
        <translation>Der Peer &apos;%1&apos; oder einer seiner Schlüssel ist bereits gepinnt. Siehe &apos;fairstart-node peers list&apos;; um die Schlüssel eines Peers zu ändern, entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>This store keeps no validation models.</source>
        <translation>Dieser Speicher hält keine Validierungsmodelle.</translation>
    </message>
    <message>
        <source>A trend&apos;s period must be a numeric variable such as a year of birth. Choose a numeric period.</source>
        <translation>Der Zeitraum eines Trends muss eine numerische Variable sein, etwa ein Geburtsjahr. Wählen Sie einen numerischen Zeitraum.</translation>
    </message>
    <message>
        <source>A trend counts the levels of a categorical or yes/no variable. Choose such a variable.</source>
        <translation>Ein Trend zählt die Ausprägungen einer kategorialen oder Ja/Nein-Variable. Wählen Sie eine solche Variable.</translation>
    </message>
    <message>
        <source>A trend needs &apos;from&apos; at most &apos;to&apos; and at most %1 periods. Ask for a shorter range.</source>
        <translation>Ein Trend braucht ein &apos;from&apos;, das nicht größer als &apos;to&apos; ist, und höchstens %1 Zeiträume. Fordern Sie einen kürzeren Bereich an.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; is not an analysis variable of this dataset. Choose one from the catalogue.</source>
        <translation>Die Untergruppenvariable &apos;%1&apos; ist keine Analysevariable dieses Datenbestands. Wählen Sie eine aus dem Katalog.</translation>
    </message>
    <message>
        <source>Edges are for a numeric subgroup variable; &apos;%1&apos; has levels. Leave the edges out.</source>
        <translation>Grenzen gelten für eine numerische Untergruppenvariable; &apos;%1&apos; hat Ausprägungen. Lassen Sie die Grenzen weg.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; has %2 levels; a subgroup evaluation takes at most %3.</source>
        <translation>Die Untergruppenvariable &apos;%1&apos; hat %2 Ausprägungen; eine Untergruppen-Evaluation erlaubt höchstens %3.</translation>
    </message>
    <message>
        <source>The request body was refused: %1. Fix the request and send it again.</source>
        <translation>Der Inhalt der Anfrage wurde abgewiesen: %1. Korrigieren Sie die Anfrage und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; has no variable of that name. Use a variable from the catalogue.</source>
        <translation>Der Datenbestand &apos;%1&apos; hat keine Variable mit diesem Namen. Verwenden Sie eine Variable aus dem Katalog.</translation>
    </message>
    <message>
        <source>This node has no dataset of that name. See the catalogue for the datasets it holds.</source>
        <translation>Dieser Knoten hat keinen Datenbestand mit diesem Namen. Welche Datenbestände er enthält, sehen Sie im Katalog.</translation>
    </message>
    <message>
        <source>This site scores predicted risks on its fixed grid of %1 bins and on no other: two grids of the same model would let their differences single out records. The request asked for %2 bins; send %1 (Fairstart clients do).</source>
        <translation>Dieser Standort bewertet vorhergesagte Risiken nur auf seinem festen Raster von %1 Intervallen und auf keinem anderen: Bei zwei Rastern desselben Modells könnten deren Unterschiede einzelne Datensätze herausgreifen. Die Anfrage verlangte %2 Intervalle; senden Sie %1 (Fairstart-Clients tun das).</translation>
    </message>
    <message>
        <source>This request is in protocol version 1, which this node no longer speaks: it runs studies of protocol version 2 (a signed manifest, rounds the nodes drive themselves). Update the Fairstart client and run the analysis again.</source>
        <translation>Diese Anfrage verwendet Protokollversion 1, die dieser Knoten nicht mehr unterstützt: Er führt Studien nach Protokollversion 2 durch (ein signiertes Manifest, Runden, die die Knoten selbst steuern). Aktualisieren Sie den Fairstart-Client und führen Sie die Analyse erneut aus.</translation>
    </message>
    <message>
        <source>The design hash does not match the design the node received. Recompute it with the protocol&apos;s canonical form (protocol::designHash) and send both again.</source>
        <translation>Der Entwurfs-Hash passt nicht zu dem Entwurf, den der Knoten erhalten hat. Berechnen Sie ihn mit der kanonischen Form des Protokolls (protocol::designHash) neu und senden Sie beides erneut.</translation>
    </message>
    <message>
        <source>The dataset records no consent for this purpose, so no record may be used for it. Ask the site administrator.</source>
        <translation>Der Datenbestand verzeichnet keine Einwilligung für diesen Zweck, daher darf kein Datensatz dafür verwendet werden. Wenden Sie sich an den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The node could not read or record its differencing ledger, so it answers nothing. Tell the site administrator.</source>
        <translation>Der Knoten konnte sein Differenzregister nicht lesen oder fortschreiben und beantwortet daher nichts. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>This request needs a token: send the header &apos;Authorization: Bearer &lt;token&gt;&apos; with a token from the site administrator.</source>
        <translation>Diese Anfrage erfordert ein Token: Senden Sie den Header &apos;Authorization: Bearer &lt;token&gt;&apos; mit einem Token vom Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The token is not known to this node. Check that it was copied completely, or ask the site administrator for a new one.</source>
        <translation>Das Token ist diesem Knoten nicht bekannt. Prüfen Sie, ob es vollständig kopiert wurde, oder bitten Sie den Administrator des Standorts um ein neues.</translation>
    </message>
    <message>
        <source>The token has been revoked by the site administrator. Ask for a new token.</source>
        <translation>Das Token wurde vom Administrator des Standorts widerrufen. Bitten Sie um ein neues Token.</translation>
    </message>
    <message>
        <source>The token has expired. Ask the site administrator for a new token.</source>
        <translation>Das Token ist abgelaufen. Bitten Sie den Administrator des Standorts um ein neues Token.</translation>
    </message>
    <message>
        <source>Every request must declare its purpose (&quot;purpose&quot; in the body, ?purpose= on a GET). Use one of your token&apos;s purposes.</source>
        <translation>Jede Anfrage muss ihren Zweck angeben (&quot;purpose&quot; im Inhalt, ?purpose= bei einem GET). Verwenden Sie einen der Zwecke Ihres Tokens.</translation>
    </message>
    <message>
        <source>Your token does not allow this purpose. Use one of its purposes (see /v1/info) or ask the site administrator for a token that carries it.</source>
        <translation>Ihr Token erlaubt diesen Zweck nicht. Verwenden Sie einen seiner Zwecke (siehe /v1/info) oder bitten Sie den Administrator des Standorts um ein Token, das diesen Zweck enthält.</translation>
    </message>
    <message>
        <source>A descriptives study has participants only: an observer would contribute nothing. Name every site as a participant.</source>
        <translation>Eine Studie zur deskriptiven Statistik hat nur Teilnehmer: Ein Beobachter würde nichts beitragen. Nennen Sie jeden Standort als Teilnehmer.</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of &apos;%1&apos; do not fit this site&apos;s catalogue: a numeric variable has no levels, a yes/no variable the levels 0 and 1, and a categorical one lists every level of every site&apos;s catalogue. Build the manifest from the sites&apos; catalogues.</source>
        <translation>Die Ausprägungen von &apos;%1&apos; im Manifest passen nicht zum Katalog dieses Standorts: Eine numerische Variable hat keine Ausprägungen, eine Ja/Nein-Variable die Ausprägungen 0 und 1, und eine kategoriale führt jede Ausprägung aus dem Katalog jedes Standorts auf. Erstellen Sie das Manifest aus den Katalogen der Standorte.</translation>
    </message>
    <message>
        <source>A descriptives study has a single round (round 1, with no contributions relayed); this relay is round %1 with %2.</source>
        <translation>Eine Studie zur deskriptiven Statistik hat nur eine Runde (Runde 1, ohne weitergeleitete Beiträge); diese Weiterleitung ist Runde %1 mit %2.</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused the descriptives</source>
        <translation>die Freigaberegeln dieses Standorts haben die deskriptive Statistik abgelehnt</translation>
    </message>
    <message>
        <source>the descriptives could not be computed on this site&apos;s records</source>
        <translation>die deskriptive Statistik konnte an den Datensätzen dieses Standorts nicht berechnet werden</translation>
    </message>
    <message>
        <source>The node&apos;s descriptives do not fit the study&apos;s manifest. Tell the site administrator.</source>
        <translation>Die deskriptive Statistik des Knotens passt nicht zum Manifest der Studie. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>this site&apos;s descriptives do not fit the study&apos;s fixed-point scale</source>
        <translation>die deskriptive Statistik dieses Standorts passt nicht in die Festkomma-Skala der Studie</translation>
    </message>
    <message>
        <source>The node could not mask its descriptives. Tell the site administrator.</source>
        <translation>Der Knoten konnte seine deskriptive Statistik nicht maskieren. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of the table &apos;%1 × %2&apos; do not cover this site&apos;s catalogue: list every level of every site&apos;s catalogue (a yes/no variable: 0 and 1).</source>
        <translation>Die Ausprägungen der Tabelle &apos;%1 × %2&apos; im Manifest decken den Katalog dieses Standorts nicht ab: Führen Sie jede Ausprägung aus dem Katalog jedes Standorts auf (bei einer Ja/Nein-Variable: 0 und 1).</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of the trend of &apos;%1&apos; do not cover this site&apos;s catalogue: list every level of every site&apos;s catalogue (a yes/no variable: 0 and 1).</source>
        <translation>Die Ausprägungen des Trends von &apos;%1&apos; im Manifest decken den Katalog dieses Standorts nicht ab: Führen Sie jede Ausprägung aus dem Katalog jedes Standorts auf (bei einer Ja/Nein-Variable: 0 und 1).</translation>
    </message>
    <message>
        <source>The relay&apos;s tags must be an array of strings, each empty or the base64 of a 32-byte contribution tag.</source>
        <translation>Die Tags der Weiterleitung müssen ein Array von Zeichenketten sein, jede leer oder das Base64 eines 32-Byte-Beitrags-Tags.</translation>
    </message>
    <message>
        <source>Contribution tags belong to the rounds of model studies; an evaluation or descriptives study has one round and relays nothing. Send its round without tags.</source>
        <translation>Beitrags-Tags gehören zu den Runden von Modellstudien; eine Studie zur Evaluation oder zur deskriptiven Statistik hat nur eine Runde und leitet nichts weiter. Senden Sie ihre Runde ohne Tags.</translation>
    </message>
    <message>
        <source>The node could not agree the keys of contribution tags with the study&apos;s sites. Tell the site administrator.</source>
        <translation>Der Knoten konnte die Schlüssel für Beitrags-Tags nicht mit den Standorten der Studie vereinbaren. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>Round 1 carries no contributions, so its relay carries no tags; this one holds %1.</source>
        <translation>Runde 1 enthält keine Beiträge, daher enthält ihre Weiterleitung keine Tags; diese enthält %1.</translation>
    </message>
    <message>
        <source>The relay holds %1 contribution tags for %2 contributions: one per contribution, in the manifest&apos;s order.</source>
        <translation>Die Weiterleitung enthält %1 Beitrags-Tags für %2 Beiträge: Erwartet wird eines je Beitrag, in der Reihenfolge des Manifests.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; does not match its tag for this node: it was changed on the way, or the tag was not made by that site.</source>
        <translation>Der Beitrag des Standorts &apos;%2&apos; zu Runde %1 passt nicht zu seinem Tag für diesen Knoten: Er wurde unterwegs verändert, oder das Tag stammt nicht von diesem Standort.</translation>
    </message>
    <message>
        <source>The relay holds a tag for this node&apos;s own contribution (position %1); that slot stays empty.</source>
        <translation>Die Weiterleitung enthält ein Tag für den eigenen Beitrag dieses Knotens (Position %1); dieses Feld bleibt leer.</translation>
    </message>
    <message>
        <source>The node could not tag its contribution. Tell the site administrator.</source>
        <translation>Der Knoten konnte seinen Beitrag nicht mit einem Tag versehen. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The nearest allowed values are %1 and %2.</source>
        <translation>Die nächstgelegenen erlaubten Werte sind %1 und %2.</translation>
    </message>
    <message>
        <source>The nearest allowed value is %1.</source>
        <translation>Der nächstgelegene erlaubte Wert ist %1.</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Mädchen</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Junge</translation>
    </message>
    <message>
        <source>Low (primary)</source>
        <translation>Niedrig (Primarbereich)</translation>
    </message>
    <message>
        <source>Middle (secondary)</source>
        <translation>Mittel (Sekundarbereich)</translation>
    </message>
    <message>
        <source>High (tertiary)</source>
        <translation>Hoch (Tertiärbereich)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Westlich</translation>
    </message>
    <message>
        <source>Non-Western</source>
        <translation>Nicht westlich</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;levels&apos; must be distinct, non-empty strings or objects {&quot;name&quot;: ..., &quot;label&quot;: ...}</source>
        <translation>Spalte &apos;%1&apos;: &apos;levels&apos; müssen verschiedene, nicht leere Zeichenketten oder Objekte {&quot;name&quot;: ..., &quot;label&quot;: ...} sein</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: a level described by an object has a &apos;name&apos; and, optionally, a &apos;label&apos; (text)</source>
        <translation>Spalte &apos;%1&apos;: eine durch ein Objekt beschriebene Ausprägung hat einen &apos;name&apos; und optional ein &apos;label&apos; (Text)</translation>
    </message>
    <message>
        <source>An audit entry&apos;s request was not a JSON object; nothing was written. Tell the developers.</source>
        <translation>Die Anfrage eines Eintrags im Prüfprotokoll war kein JSON-Objekt; es wurde nichts geschrieben. Informieren Sie die Entwickler.</translation>
    </message>
    <message>
        <source>the dataset was imported again during the study</source>
        <translation>der Datenbestand wurde während der Studie erneut importiert</translation>
    </message>
    <message>
        <source>The keys file %1 is larger than 16 MB; a federation&apos;s keys take about 200 bytes per node. Check that it is the right file.</source>
        <translation>Die Schlüsseldatei %1 ist größer als 16 MB; die Schlüssel einer Föderation belegen etwa 200 Bytes je Knoten. Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>The peer &apos;%1&apos; or one of its keys was pinned while the file was read; nothing was imported. Run the import again.</source>
        <translation>Der Peer &apos;%1&apos; oder einer seiner Schlüssel wurde gepinnt, während die Datei gelesen wurde; es wurde nichts importiert. Führen Sie den Import erneut aus.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n new peer(s) from %1 (a running server applies this from its next request).</source>
        <translation>
            <numerusform>%n neuer Peer aus %1 wurde akzeptiert (ein laufender Server wendet dies ab seiner nächsten Anfrage an).</numerusform>
            <numerusform>%n neue Peers aus %1 wurden akzeptiert (ein laufender Server wendet dies ab seiner nächsten Anfrage an).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already pinned with the same keys, left as they were.</source>
        <translation>
            <numerusform>%n Eintrag war bereits mit denselben Schlüsseln gepinnt und wurde unverändert gelassen.</numerusform>
            <numerusform>%n Einträge waren bereits mit denselben Schlüsseln gepinnt und wurden unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This node&apos;s own entry was skipped.</source>
        <translation>Der eigene Eintrag dieses Knotens wurde übersprungen.</translation>
    </message>
    <message>
        <source>accept many nodes as peers at once from a federation&apos;s keys file (audited; all or none)</source>
        <translation>viele Knoten auf einmal aus der Schlüsseldatei einer Föderation als Peers akzeptieren (wird protokolliert; alle oder keiner)</translation>
    </message>
    <message>
        <source>the nodes&apos; &apos;fairstart-node keys --json&apos;, one after another or in a JSON array</source>
        <translation>die Ausgaben von &apos;fairstart-node keys --json&apos; der Knoten, nacheinander oder in einem JSON-Array</translation>
    </message>
    <message>
        <source>the note of entries without a &quot;note&quot; of their own</source>
        <translation>die Notiz für Einträge ohne eigene &quot;note&quot;</translation>
    </message>
    <message>
        <source>Checks every entry as &apos;peers add&apos; does and pins them all in one transaction, each with its audit entry, or none. This node&apos;s own entry and peers pinned already with the same keys are skipped; a malformed entry, a name or key given twice, or a name pinned with other keys refuses the whole file. Compare the file with the other administrators over a channel you trust.</source>
        <translation>Prüft jeden Eintrag wie &apos;peers add&apos; und pinnt alle in einer Transaktion, jeden mit seinem Eintrag im Prüfprotokoll, oder keinen. Der eigene Eintrag dieses Knotens und Peers, die bereits mit denselben Schlüsseln gepinnt sind, werden übersprungen; ein fehlerhafter Eintrag, ein doppelt angegebener Name oder Schlüssel oder ein mit anderen Schlüsseln gepinnter Name führt zur Ablehnung der ganzen Datei. Vergleichen Sie die Datei mit den anderen Administratoren über einen Kanal, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>The keys file is not valid JSON at line %1 (%2). It holds what &apos;fairstart-node keys --json&apos; writes at each node, one object after another or in a JSON array.</source>
        <translation>Die Schlüsseldatei enthält in Zeile %1 kein gültiges JSON (%2). Sie enthält, was &apos;fairstart-node keys --json&apos; an jedem Knoten schreibt, ein Objekt nach dem anderen oder in einem JSON-Array.</translation>
    </message>
    <message>
        <source>The array at line %1 of the keys file holds something other than objects. Each entry is what &apos;fairstart-node keys --json&apos; writes.</source>
        <translation>Das Array in Zeile %1 der Schlüsseldatei enthält etwas anderes als Objekte. Jeder Eintrag ist das, was &apos;fairstart-node keys --json&apos; schreibt.</translation>
    </message>
    <message>
        <source>The keys file holds no entry. Put in it what &apos;fairstart-node keys --json&apos; writes at each node.</source>
        <translation>Die Schlüsseldatei enthält keinen Eintrag. Tragen Sie darin ein, was &apos;fairstart-node keys --json&apos; an jedem Knoten schreibt.</translation>
    </message>
    <message>
        <source>Entry %1 of the keys file (line %2)</source>
        <translation>Eintrag %1 der Schlüsseldatei (Zeile %2)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not one of name, ed25519, x25519, tls_pin and note.</source>
        <translation>das Feld &apos;%1&apos; ist keines von name, ed25519, x25519, tls_pin und note.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing or not a string. Each entry is what &apos;fairstart-node keys --json&apos; writes (name, ed25519, x25519).</source>
        <translation>&apos;%1&apos; fehlt oder ist keine Zeichenkette. Jeder Eintrag ist das, was &apos;fairstart-node keys --json&apos; schreibt (name, ed25519, x25519).</translation>
    </message>
    <message>
        <source>&apos;note&apos; is not a string.</source>
        <translation>&apos;note&apos; ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is also entry %2&apos;s. Each node appears once.</source>
        <translation>der Name &apos;%1&apos; gehört auch zu Eintrag %2. Jeder Knoten kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>the key %1 is also in entry %2. Each node has keys of its own; compare both entries with their administrators.</source>
        <translation>der Schlüssel %1 steht auch in Eintrag %2. Jeder Knoten hat eigene Schlüssel; vergleichen Sie beide Einträge mit ihren Administratoren.</translation>
    </message>
    <message>
        <source>the peer &apos;%1&apos; is pinned with other keys. If its keys changed, confirm them with its administrator, remove it (&apos;fairstart-node peers remove&apos;) and import again.</source>
        <translation>der Peer &apos;%1&apos; ist mit anderen Schlüsseln gepinnt. Wenn sich seine Schlüssel geändert haben, bestätigen Sie sie mit seinem Administrator, entfernen Sie ihn (&apos;fairstart-node peers remove&apos;) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>a key of &apos;%1&apos; is pinned for the peer &apos;%2&apos;. Name every node as its administrator does; if it was renamed, remove &apos;%2&apos; first.</source>
        <translation>ein Schlüssel von &apos;%1&apos; ist für den Peer &apos;%2&apos; gepinnt. Benennen Sie jeden Knoten so, wie sein Administrator es tut; wenn er umbenannt wurde, entfernen Sie zuerst &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>yes (1) or no (0): the bounds of a numeric filter, an evaluation&apos;s numeric subgroup edges, winsor bounds, an outcome threshold and spline knots must be edges of this node&apos;s histogram of the variable. Allowing any number lets the refusals of numbers one unit apart locate a record&apos;s value (the maximum birth weight in about 11 requests).</source>
        <translation>ja (1) oder nein (0): Die Grenzen eines numerischen Filters, die numerischen Untergruppengrenzen einer Evaluation, Winsorisierungsgrenzen, ein Schwellenwert für die Zielgröße und Spline-Knoten müssen Grenzen des Histogramms dieses Knotens für die Variable sein. Wer jede Zahl erlaubt, ermöglicht es, aus den Ablehnungen von Zahlen, die eine Einheit auseinanderliegen, den Wert eines Datensatzes zu ermitteln (das maximale Geburtsgewicht in etwa 11 Anfragen).</translation>
    </message>
    <message>
        <source>A batch of peers without one audit entry each; nothing was pinned. Tell the developers.</source>
        <translation>Eine Gruppe von Peers ohne je einen Eintrag im Prüfprotokoll; es wurde nichts gepinnt. Informieren Sie die Entwickler.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; is numeric: give the cells&apos; edges (subgroup_edges), each an edge of this node&apos;s histogram of it (describe &apos;%1&apos; to see them).</source>
        <translation>Die Untergruppenvariable &apos;%1&apos; ist numerisch: Geben Sie die Grenzen der Zellen an (subgroup_edges), jede eine Grenze des Histogramms dieses Knotens für die Variable (beschreiben Sie &apos;%1&apos;, um sie zu sehen).</translation>
    </message>
    <message>
        <source>Only round 1 may carry the manifest signatures (they arm the study); round %1 carries them.</source>
        <translation>Nur Runde 1 darf die Manifest-Signaturen enthalten (sie setzen die Studie in Kraft); Runde %1 enthält sie.</translation>
    </message>
    <message>
        <source>A Poisson model needs counts (0, 1, 2, ...), and this site&apos;s outcome has values below 0. Use a Gaussian model for this outcome, or a count variable as the outcome.</source>
        <translation>Ein Poisson-Modell braucht Anzahlen (0, 1, 2, ...), und das Ergebnis dieses Standorts hat Werte unter 0. Verwenden Sie für dieses Ergebnis ein Gauß-Modell oder eine Zählvariable als Ergebnis.</translation>
    </message>
    <message>
        <source>A Poisson model needs counts (0, 1, 2, ...), and this site&apos;s outcome is not whole numbers (the catalogue says so too). For a rate, use the count as the outcome and log(time at risk) as the offset; for a measurement, use a Gaussian model.</source>
        <translation>Ein Poisson-Modell braucht Anzahlen (0, 1, 2, ...), und das Ergebnis dieses Standorts besteht nicht aus ganzen Zahlen (das sagt auch der Katalog). Verwenden Sie für eine Rate die Anzahl als Ergebnis und log(Zeit unter Risiko) als Offset; für einen Messwert ein Gauß-Modell.</translation>
    </message>
    <message>
        <source>yes (1): serve reads every dataset into memory when it starts, in the background, so that the first request does not wait for it. no (0): a dataset is read by the first request that needs it (less memory for datasets nobody uses).</source>
        <translation>ja (1): serve liest beim Start jeden Datenbestand im Hintergrund in den Speicher, damit die erste Anfrage nicht darauf wartet. nein (0): Ein Datenbestand wird von der ersten Anfrage gelesen, die ihn braucht (weniger Speicher für Datenbestände, die niemand nutzt).</translation>
    </message>
    <message>
        <source>At this site, %1 records dominate the variable %2: over all the site&apos;s records they make up more than %3% of its sum or of its spread about the mean, as the request reads it. Every description of %2, and every model that uses it as is, scaled or as a spline, is refused at this site for every cohort, so that no refusal tells which cohort holds those records. Ask the site&apos;s data steward to check those values (a typing error, a unit, a missing-value code such as 9999). Until then leave %2 out, or in a model winsorise it at an edge of the node&apos;s histogram below those values or take its log: such a column is judged the same way, over all the site&apos;s records.</source>
        <translation>An diesem Standort dominieren %1 Datensätze die Variable %2: Über alle Datensätze des Standorts machen sie mehr als %3% ihrer Summe oder ihrer Streuung um den Mittelwert aus, so wie die Anfrage sie liest. Jede Beschreibung von %2 und jedes Modell, das sie unverändert, skaliert oder als Spline verwendet, wird an diesem Standort für jede Kohorte verweigert, damit keine Verweigerung verrät, welche Kohorte diese Datensätze enthält. Bitten Sie den Datenverantwortlichen des Standorts, diese Werte zu prüfen (ein Tippfehler, eine Einheit, ein Code für fehlende Werte wie 9999). Lassen Sie %2 bis dahin weg, oder winsorisieren Sie sie in einem Modell an einer Grenze des Histogramms des Knotens unterhalb dieser Werte oder nehmen Sie ihren Logarithmus: Eine solche Spalte wird auf dieselbe Weise beurteilt, über alle Datensätze des Standorts.</translation>
    </message>
    <message>
        <source>The node could not agree the keys of manifest tags with the study&apos;s sites. Tell the site administrator.</source>
        <translation>Der Knoten konnte die Schlüssel der Manifest-Tags nicht mit den Standorten der Studie vereinbaren. Informieren Sie den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>The relay&apos;s manifest tags must be an array of strings, each empty or the base64 of a 32-byte manifest tag.</source>
        <translation>Die Manifest-Tags des Relais müssen ein Array von Zeichenketten sein, jede leer oder das Base64 eines Manifest-Tags von 32 Bytes.</translation>
    </message>
    <message>
        <source>The relay holds %1 manifest tags for %2 sites: one per site of the manifest, participants then observers.</source>
        <translation>Das Relais enthält %1 Manifest-Tags für %2 Standorte: einen je Standort des Manifests, erst die Teilnehmer, dann die Beobachter.</translation>
    </message>
    <message>
        <source>The relay holds a manifest tag in this node&apos;s own slot (position %1); that slot stays empty.</source>
        <translation>Das Relais enthält einen Manifest-Tag auf dem eigenen Platz dieses Knotens (Position %1); dieser Platz bleibt leer.</translation>
    </message>
    <message>
        <source>The relay lacks the manifest tag of site &apos;%1&apos; for this node. Every participant and observer must agree to the same manifest before anything is computed.</source>
        <translation>Dem Relais fehlt der Manifest-Tag des Standorts &apos;%1&apos; für diesen Knoten. Jeder Teilnehmer und Beobachter muss demselben Manifest zustimmen, bevor etwas berechnet wird.</translation>
    </message>
    <message>
        <source>The manifest tag of site &apos;%1&apos; does not verify with the key that site shares with this node: it agreed to another manifest, or the tag was not made by it.</source>
        <translation>Der Manifest-Tag des Standorts &apos;%1&apos; lässt sich mit dem Schlüssel, den dieser Standort mit diesem Knoten teilt, nicht bestätigen: Er hat einem anderen Manifest zugestimmt, oder der Tag stammt nicht von ihm.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest says &quot;arming&quot;: &quot;tags&quot;: its round 1 carries the other sites&apos; manifest tags for this node and arms it. Send round 1 instead of the signatures.</source>
        <translation>Das Manifest dieser Studie sagt &quot;arming&quot;: &quot;tags&quot;: Ihre Runde 1 bringt die Manifest-Tags der anderen Standorte für diesen Knoten und schaltet ihn scharf. Senden Sie Runde 1 statt der Signaturen.</translation>
    </message>
    <message>
        <source>Only round 1 may carry manifest tags (they arm the study); round %1 carries them.</source>
        <translation>Nur Runde 1 darf Manifest-Tags enthalten (sie schalten die Studie scharf); Runde %1 enthält welche.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest does not say &quot;arming&quot;: &quot;tags&quot;: it is armed by every site&apos;s manifest signature. Send round 1 with the signatures instead of manifest tags.</source>
        <translation>Das Manifest dieser Studie sagt nicht &quot;arming&quot;: &quot;tags&quot;: Sie wird durch die Manifest-Signatur jedes Standorts scharf geschaltet. Senden Sie Runde 1 mit den Signaturen statt mit Manifest-Tags.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest says &quot;arming&quot;: &quot;tags&quot;: round 1 carries the other sites&apos; manifest tags for this node, not the signatures.</source>
        <translation>Das Manifest dieser Studie sagt &quot;arming&quot;: &quot;tags&quot;: Runde 1 bringt die Manifest-Tags der anderen Standorte für diesen Knoten, nicht die Signaturen.</translation>
    </message>
    <message>
        <source>This node computes nothing before every other site&apos;s manifest tag for it is relayed (round 1&apos;s manifest_tags).</source>
        <translation>Dieser Knoten berechnet nichts, bevor der Manifest-Tag jedes anderen Standorts für ihn weitergeleitet wurde (manifest_tags von Runde 1).</translation>
    </message>
    <message>
        <source>This cohort is too small for %1: the site&apos;s most extreme values of %1 would make up more than %2% of the cohort&apos;s sum or of its spread about the mean if they were in it, so its sums could reveal the values of a few records. The node judges every cohort as if those records were in it, whichever cohort holds them, so that a refusal does not tell where they are. Use a larger cohort (fewer or wider filters) or leave %1 out; if those values are errors (a typing error, a unit, a missing-value code), ask the site&apos;s data steward to check them.</source>
        <translation>Diese Kohorte ist zu klein für %1: Die extremsten Werte von %1 an diesem Standort würden mehr als %2% der Summe der Kohorte oder ihrer Streuung um den Mittelwert ausmachen, wenn sie darin lägen, sodass ihre Summen die Werte einiger Datensätze offenlegen könnten. Der Knoten beurteilt jede Kohorte so, als lägen diese Datensätze darin, gleich welche Kohorte sie enthält, damit eine Ablehnung nicht verrät, wo sie sind. Verwenden Sie eine größere Kohorte (weniger oder weitere Filter) oder lassen Sie %1 weg; sind diese Werte Fehler (ein Tippfehler, eine Einheit, ein Code für fehlende Werte), bitten Sie den Datenverantwortlichen des Standorts, sie zu prüfen.</translation>
    </message>
    <message>
        <source>The body must be JSON or a binary relay: send Content-Type: application/json or application/x-fairstart-relay.</source>
        <translation>Der Body muss JSON oder eine binäre Weiterleitung sein: Senden Sie Content-Type: application/json oder application/x-fairstart-relay.</translation>
    </message>
    <message>
        <source>Smallest piece of a category that two fits&apos; cohorts may split off from each other (their differenced sums are over that many records). 0: half of min_cell (5 by default); never below that, never above min_cell.</source>
        <translation>Kleinster Teil einer Kategorie, den die Kohorten zweier Anpassungen voneinander abspalten dürfen (ihre Differenzsummen gehen über so viele Datensätze). 0: die Hälfte von min_cell (standardmäßig 5); nie darunter, nie über min_cell.</translation>
    </message>
    <message>
        <source>Records added: %1, removed: %2 (of which changed: %3). The differencing ledger follows them: a release that differs from an earlier one by the removed or changed records is refused; %4 added records are held out of every analysis until %5 or more are in (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</source>
        <translation>Datensätze hinzugefügt: %1, entfernt: %2 (davon geändert: %3). Das Differenzregister folgt ihnen: Eine Freigabe, die sich von einer früheren um die entfernten oder geänderten Datensätze unterscheidet, wird verweigert; %4 hinzugefügte Datensätze bleiben aus jeder Auswertung heraus, bis es %5 oder mehr sind (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</translation>
    </message>
    <message>
        <source>The differencing ledger starts afresh: the records of the earlier import could not be matched to these (a consent column became an analysis variable, or the earlier ledger could not be read). Releases before and after may differ by the records added, removed or changed (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</source>
        <translation>Das Differenzregister beginnt neu: Die Datensätze des früheren Imports konnten diesen nicht zugeordnet werden (eine Einwilligungsspalte wurde zu einer Auswertungsvariablen, oder das frühere Register konnte nicht gelesen werden). Freigaben davor und danach können sich um die hinzugefügten, entfernten oder geänderten Datensätze unterscheiden (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</translation>
    </message>
    <message>
        <source>Levels changed in: %1. The differencing ledger&apos;s cells of these variables follow the level names (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</source>
        <translation>Stufen geändert in: %1. Die Zellen des Differenzregisters für diese Variablen folgen den Stufennamen (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</translation>
    </message>
    <message>
        <source>Another kind, a level removed or another first level in: %1. What was released of these variables before cannot be read in the new records, so a release that splits a group on which they were released is refused (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</source>
        <translation>Eine andere Art, eine entfernte Stufe oder eine andere erste Stufe in: %1. Was früher von diesen Variablen freigegeben wurde, ist in den neuen Datensätzen nicht lesbar, daher wird eine Freigabe verweigert, die eine Gruppe teilt, über die sie freigegeben wurden (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</translation>
    </message>
    <message>
        <source>no (0) or yes (1): import a dataset that holds min_cell or more of the records of another dataset at this node (the same values in every analysis variable both hold). Every dataset has its own differencing ledger, so releases over two datasets that share records can be differenced against each other to reveal a record. With no, such an import is refused: replace a dataset by importing under its own name (the ledger follows the records).</source>
        <translation>nein (0) oder ja (1): einen Datenbestand importieren, der min_cell oder mehr Datensätze eines anderen Datenbestands auf diesem Knoten enthält (dieselben Werte in jeder Auswertungsvariablen, die beide enthalten). Jeder Datenbestand hat sein eigenes Differenzregister, daher können Freigaben über zwei Datenbestände mit gemeinsamen Datensätzen gegeneinander differenziert werden, um einen Datensatz aufzudecken. Bei nein wird ein solcher Import verweigert: Ersetzen Sie einen Datenbestand, indem Sie unter seinem eigenen Namen importieren (das Register folgt den Datensätzen).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos; at this node (the same values in every analysis variable both hold); nothing was imported. Each dataset has its own differencing ledger, so releases over two datasets that share records could be differenced against each other to reveal a record. To replace &apos;%3&apos; with these records, import them under the name &apos;%3&apos; (the ledger follows the records); to analyse part of &apos;%3&apos;, use filters on it (docs/privacy-rules.md, &quot;Datasets that share records&quot;).</source>
        <translation>Der Datenbestand &apos;%1&apos; enthält %2 Datensätze des Datenbestands &apos;%3&apos; auf diesem Knoten (dieselben Werte in jeder Auswertungsvariablen, die beide enthalten); es wurde nichts importiert. Jeder Datenbestand hat sein eigenes Differenzregister, daher könnten Freigaben über zwei Datenbestände mit gemeinsamen Datensätzen gegeneinander differenziert werden, um einen Datensatz aufzudecken. Um &apos;%3&apos; durch diese Datensätze zu ersetzen, importieren Sie sie unter dem Namen &apos;%3&apos; (das Register folgt den Datensätzen); um einen Teil von &apos;%3&apos; auszuwerten, verwenden Sie Filter darauf (docs/privacy-rules.md, &quot;Datasets that share records&quot;).</translation>
    </message>
    <message>
        <source>A yes/no variable is 0 or 1: these bounds select neither. Filter it by its levels 0 and 1.</source>
        <translation>Eine Ja/Nein-Variable ist 0 oder 1: Diese Grenzen wählen keines von beiden aus. Filtern Sie sie nach ihren Stufen 0 und 1.</translation>
    </message>
    <message>
        <source>Removed the dataset &apos;%1&apos;: it is no longer listed or analysed. Its records and differencing ledger stay in the encrypted store, so that they cannot be imported again under another name and differenced against what was released on them; an import under the name &apos;%1&apos; takes its place and carries the ledger (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>Datenbestand &apos;%1&apos; entfernt: Er wird nicht mehr aufgeführt oder analysiert. Seine Datensätze und sein Differenzregister bleiben im verschlüsselten Speicher, damit sie nicht unter einem anderen Namen erneut importiert und mit dem abgeglichen werden können, was über sie freigegeben wurde; ein Import unter dem Namen &apos;%1&apos; tritt an seine Stelle und übernimmt das Register (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records that a re-import of the dataset &apos;%3&apos; removed or changed (their earlier versions); nothing was imported. The node keeps them so that they cannot be imported again under another name and differenced against what was released on them before. To import these records again, import them under the name &apos;%3&apos; (the ledger follows the records) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>Der Datenbestand &apos;%1&apos; enthält %2 Datensätze, die ein erneuter Import des Datenbestands &apos;%3&apos; entfernt oder geändert hat (ihre früheren Fassungen); es wurde nichts importiert. Der Knoten bewahrt sie auf, damit sie nicht unter einem anderen Namen erneut importiert und mit dem abgeglichen werden können, was zuvor über sie freigegeben wurde. Um diese Datensätze erneut zu importieren, importieren Sie sie unter dem Namen &apos;%3&apos; (das Register folgt den Datensätzen) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos;, which was removed from this node; nothing was imported. A removed dataset&apos;s differencing ledger is kept, so that its records imported again cannot be differenced against what was released on them before. To import these records again, import them under the name &apos;%3&apos; (the ledger follows the records) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>Der Datenbestand &apos;%1&apos; enthält %2 Datensätze des Datenbestands &apos;%3&apos;, der von diesem Knoten entfernt wurde; es wurde nichts importiert. Das Differenzregister eines entfernten Datenbestands bleibt erhalten, damit seine erneut importierten Datensätze nicht mit dem abgeglichen werden können, was zuvor über sie freigegeben wurde. Um diese Datensätze erneut zu importieren, importieren Sie sie unter dem Namen &apos;%3&apos; (das Register folgt den Datensätzen) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>Consent changed for %1 records (counted above as changed): each is held out of every analysis like an added record, and its earlier version stays in the differencing ledger like a removed one, so that no refusal tells which groups released before held it (docs/privacy-rules.md, &quot;Consent changes are changed records&quot;).</source>
        <translation>Einwilligung geändert für %1 Datensätze (oben als geändert gezählt): Jeder wird wie ein hinzugefügter Datensatz aus jeder Analyse herausgehalten, und seine frühere Fassung bleibt wie ein entfernter Datensatz im Differenzregister, damit keine Ablehnung verrät, welche früher freigegebenen Gruppen ihn enthielten (docs/privacy-rules.md, &quot;Consent changes are changed records&quot;).</translation>
    </message>
    <message>
        <source>The same records with the same values and consent: the differencing ledger of the earlier import is kept.</source>
        <translation>Dieselben Datensätze mit denselben Werten und derselben Einwilligung: Das Differenzregister des früheren Imports bleibt erhalten.</translation>
    </message>
    <message>
        <source>Nothing was forgotten. &apos;dataset remove --forget&apos; deletes the records of the dataset &apos;%1&apos; from this node for good (its table, a removed copy of it, the earlier versions its re-imports kept, and its differencing ledgers) and keeps only a keyed hash of each record, so that the same records are refused if they are ever imported again; what was released on them can no longer be protected by the ledger. To do it, repeat the dataset&apos;s name: --forget --confirm-forget %1.</source>
        <translation>Es wurde nichts vergessen. &apos;dataset remove --forget&apos; löscht die Datensätze des Datenbestands &apos;%1&apos; endgültig von diesem Knoten (seine Tabelle, eine entfernte Kopie davon, die früheren Fassungen, die Neuimporte aufbewahrt haben, und seine Differenzregister) und behält nur einen verschlüsselten Hash jedes Datensatzes, damit dieselben Datensätze abgelehnt werden, falls sie je wieder importiert werden; was über sie freigegeben wurde, kann das Register dann nicht mehr schützen. Wiederholen Sie dazu den Namen des Datenbestands: --forget --confirm-forget %1.</translation>
    </message>
    <message>
        <source>Forgot the dataset &apos;%1&apos;: %2 records (every stored version) and its differencing ledgers were deleted and the store&apos;s space freed. A keyed hash of each record stays, so that an import holding them again, under any name, is refused (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</source>
        <translation>Datenbestand &apos;%1&apos; vergessen: %2 Datensätze (jede gespeicherte Fassung) und seine Differenzregister wurden gelöscht und der Speicherplatz freigegeben. Ein verschlüsselter Hash jedes Datensatzes bleibt, damit ein Import, der sie wieder enthält, unter jedem Namen abgelehnt wird (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</translation>
    </message>
    <message>
        <source>remove a dataset (audited); --forget deletes its records for good</source>
        <translation>einen Datenbestand entfernen (wird protokolliert); --forget löscht seine Datensätze endgültig</translation>
    </message>
    <message>
        <source>delete its records and ledgers for good (a data-protection erasure)</source>
        <translation>seine Datensätze und Register endgültig löschen (eine datenschutzrechtliche Löschung)</translation>
    </message>
    <message>
        <source>the dataset&apos;s name again, to confirm --forget</source>
        <translation>noch einmal der Name des Datenbestands, um --forget zu bestätigen</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos;, which was forgotten at this node (fairstart-node dataset remove --forget); nothing was imported. The node no longer holds their values or the differencing ledger of what was released on them, so releases over them again could be differenced against the earlier ones; a forgotten dataset&apos;s records are not imported again (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</source>
        <translation>Der Datenbestand &apos;%1&apos; enthält %2 Datensätze des Datenbestands &apos;%3&apos;, der auf diesem Knoten vergessen wurde (fairstart-node dataset remove --forget); es wurde nichts importiert. Der Knoten hat ihre Werte und das Differenzregister dessen, was über sie freigegeben wurde, nicht mehr, sodass neue Freigaben über sie mit den früheren verglichen werden könnten; die Datensätze eines vergessenen Datenbestands werden nicht erneut importiert (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</translation>
    </message>
    <message>
        <source>The values of &apos;%1&apos; and of the dataset &apos;%2&apos; at this node, in the analysis variables both hold, are those of the same records but for fewer than %3 (%4 records of the smaller one have their values, as often, in the other); nothing was imported. An extract of a few columns of &apos;%2&apos; cannot be told from its records by these values, and releases over the two could be differenced against each other to reveal a record. To replace &apos;%2&apos;, import under the name &apos;%2&apos;; to analyse part of it, use filters on it. If these are really other records, the administrator can allow it with the policy datasets_share_records = yes (audited) (docs/privacy-rules.md, &quot;Extracts of coarse columns&quot;).</source>
        <translation>Die Werte von &apos;%1&apos; und des Datenbestands &apos;%2&apos; auf diesem Knoten sind in den Analysevariablen, die beide enthalten, die derselben Datensätze bis auf weniger als %3 (%4 Datensätze des kleineren haben ihre Werte, gleich oft, im anderen); es wurde nichts importiert. Ein Auszug weniger Spalten von &apos;%2&apos; ist an diesen Werten nicht von dessen Datensätzen zu unterscheiden, und Freigaben über beide könnten gegeneinander verrechnet werden, um einen Datensatz offenzulegen. Um &apos;%2&apos; zu ersetzen, importieren Sie unter dem Namen &apos;%2&apos;; um einen Teil davon zu analysieren, verwenden Sie Filter. Sind es wirklich andere Datensätze, kann die Administration es mit der Richtlinie datasets_share_records = yes erlauben (wird protokolliert) (docs/privacy-rules.md, &quot;Extracts of coarse columns&quot;).</translation>
    </message>
    <message>
        <source>The node could not seal its sum seed for the study&apos;s sites. Tell the site administrator.</source>
        <translation>Der Knoten konnte seinen Summen-Seed für die Standorte der Studie nicht versiegeln. Informieren Sie die Standortadministration.</translation>
    </message>
    <message>
        <source>The relay&apos;s sum seeds must be an array of strings, each empty or the base64 of a 72-byte sealed seed.</source>
        <translation>Die Summen-Seeds des Relays müssen ein Array von Zeichenketten sein, jede leer oder das Base64 eines versiegelten Seeds von 72 Bytes.</translation>
    </message>
    <message>
        <source>The manifest says &quot;relay&quot;: &quot;summed&quot;, which this node&apos;s policy turns off (summed_relay = 0; it does not list the capability). Open the study without it.</source>
        <translation>Das Manifest sagt &quot;relay&quot;: &quot;summed&quot;, was die Richtlinie dieses Knotens abschaltet (summed_relay = 0; er führt die Fähigkeit nicht auf). Öffnen Sie die Studie ohne.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest does not say &quot;relay&quot;: &quot;summed&quot;: relay every contribution, not their sum.</source>
        <translation>Das Manifest dieser Studie sagt nicht &quot;relay&quot;: &quot;summed&quot;: leiten Sie jeden Beitrag weiter, nicht ihre Summe.</translation>
    </message>
    <message>
        <source>Only round 1 of a study whose manifest says &quot;relay&quot;: &quot;summed&quot; carries sum seeds; this relay is round %1.</source>
        <translation>Nur Runde 1 einer Studie, deren Manifest &quot;relay&quot;: &quot;summed&quot; sagt, trägt Summen-Seeds; dieses Relay ist Runde %1.</translation>
    </message>
    <message>
        <source>Every relay of a study whose manifest says &quot;relay&quot;: &quot;summed&quot; carries tags. Send it with its tags.</source>
        <translation>Jedes Relay einer Studie, deren Manifest &quot;relay&quot;: &quot;summed&quot; sagt, trägt Tags. Senden Sie es mit seinen Tags.</translation>
    </message>
    <message>
        <source>Round 1 of a summed study carries every other site&apos;s sealed sum seed for this node, one per site of the study with this node&apos;s own slot empty; this relay holds %1 for %2 sites.</source>
        <translation>Runde 1 einer summierten Studie trägt den versiegelten Summen-Seed jedes anderen Standorts für diesen Knoten, einen je Standort der Studie mit leerem eigenem Platz dieses Knotens; dieses Relay enthält %1 für %2 Standorte.</translation>
    </message>
    <message>
        <source>The sum seed in the slot of site &apos;%1&apos; does not open with the key only that site and this node hold: it was sealed for another site or study, or changed on the way.</source>
        <translation>Der Summen-Seed im Platz des Standorts &apos;%1&apos; öffnet sich nicht mit dem Schlüssel, den nur dieser Standort und dieser Knoten haben: er wurde für einen anderen Standort oder eine andere Studie versiegelt oder unterwegs verändert.</translation>
    </message>
    <message>
        <source>The relay&apos;s fields of this node&apos;s own round-%1 contribution are not the ones it answered.</source>
        <translation>Die Felder des Relays zum eigenen Beitrag dieses Knotens in Runde %1 sind nicht die, die er geantwortet hat.</translation>
    </message>
    <message>
        <source>The relay holds no valid sum tag of site &apos;%1&apos; for this node (16 bytes, below 2^127 - 1).</source>
        <translation>Das Relay enthält keinen gültigen Summen-Tag des Standorts &apos;%1&apos; für diesen Knoten (16 Bytes, unter 2^127 - 1).</translation>
    </message>
    <message>
        <source>The node could not check the sum tags. Tell the site administrator.</source>
        <translation>Der Knoten konnte die Summen-Tags nicht prüfen. Informieren Sie die Standortadministration.</translation>
    </message>
    <message>
        <source>The word sum of round %1 does not match the participants&apos; sum tags for this node: the sum or a field was changed, a site&apos;s words were left out or counted twice, or tags of another round, study or node were relayed.</source>
        <translation>Die Wortsumme von Runde %1 passt nicht zu den Summen-Tags der Teilnehmer für diesen Knoten: die Summe oder ein Feld wurde verändert, die Wörter eines Standorts wurden ausgelassen oder doppelt gezählt, oder es wurden Tags einer anderen Runde, Studie oder eines anderen Knotens weitergeleitet.</translation>
    </message>
    <message>
        <source>The node could not tag its contribution&apos;s sum. Tell the site administrator.</source>
        <translation>Der Knoten konnte die Summe seines Beitrags nicht mit Tags versehen. Informieren Sie die Standortadministration.</translation>
    </message>
    <message>
        <source>This token has made the most requests this node allows per hour (%1). Wait %2 seconds before the next request, or ask the site administrator if your work needs more.</source>
        <translation>Dieses Token hat die meisten Anfragen gestellt, die dieser Knoten pro Stunde erlaubt (%1). Warten Sie %2 Sekunden vor der nächsten Anfrage, oder fragen Sie die Standortadministration, wenn Ihre Arbeit mehr braucht.</translation>
    </message>
    <message>
        <source>unknown --missing &apos;%1&apos;; use one of: %2.</source>
        <translation>unbekanntes --missing &apos;%1&apos;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>which values are missing: scattered (default; each variable on its own) or grouped (a questionnaire not returned, a child lost to follow-up; the demo federation&apos;s, so that models on different variables are not refused for differencing)</source>
        <translation>welche Werte fehlen: scattered (Standard; jede Variable für sich) oder grouped (ein Fragebogen nicht zurückgesandt, ein Kind in der Nachbeobachtung verloren; die der Demo-Föderation, damit Modelle auf verschiedenen Variablen nicht wegen Differenzbildung abgelehnt werden)</translation>
    </message>
    <message>
        <source>Maximum requests a token may make per hour, of any kind (refused ones count too); beyond it the node answers 429 until the budget refills.</source>
        <translation>Höchstzahl der Anfragen, die ein Token pro Stunde stellen darf, jeder Art (abgelehnte zählen mit); darüber antwortet der Knoten mit 429, bis das Budget wieder aufgefüllt ist.</translation>
    </message>
    <message>
        <source>take (1) or refuse (0) the summed relay of masked model studies: from round 2 on this node gets the contributions&apos; fields, their word sum and linear tags instead of every contribution. 0 makes the node list the capability no longer, as an older node.</source>
        <translation>das summierte Relay maskierter Modellstudien annehmen (1) oder ablehnen (0): ab Runde 2 erhält dieser Knoten die Felder der Beiträge, ihre Wortsumme und lineare Tags statt jedes Beitrags. Mit 0 führt der Knoten die Fähigkeit nicht mehr auf, wie ein älterer Knoten.</translation>
    </message>
    <message>
        <source>This node has answered the most requests without a known token that it allows per hour (%1). Send the header &apos;Authorization: Bearer &lt;token&gt;&apos; with a token from the site administrator, or wait %2 seconds.</source>
        <translation>Dieser Knoten hat die Höchstzahl an Anfragen ohne bekanntes Token pro Stunde beantwortet (%1). Senden Sie den Header &apos;Authorization: Bearer &lt;token&gt;&apos; mit einem Token der Standortverwaltung oder warten Sie %2 Sekunden.</translation>
    </message>
    <message>
        <source>requests computed at once (default: the policy&apos;s &apos;threads&apos;)</source>
        <translation>gleichzeitig berechnete Anfragen (Standard: &apos;threads&apos; der Richtlinie)</translation>
    </message>
    <message>
        <source>Requests the HTTPS server computes at once (further complete requests wait for one of them to finish).</source>
        <translation>Anfragen, die der HTTPS-Server gleichzeitig berechnet (weitere vollständige Anfragen warten, bis eine davon fertig ist).</translation>
    </message>
    <message>
        <source>Connections the HTTPS server holds at once, each with its own thread (in the TLS handshake, sending a request, computed, answered or kept alive). When all are taken, a new connection closes the one that has waited longest for a request.</source>
        <translation>Verbindungen, die der HTTPS-Server gleichzeitig hält, jede mit eigenem Thread (im TLS-Handshake, beim Senden einer Anfrage, in Berechnung, bei der Antwort oder offen gehalten). Sind alle belegt, schließt eine neue Verbindung diejenige, die am längsten auf eine Anfrage gewartet hat.</translation>
    </message>
    <message>
        <source>Connections one client address (an IPv6 address: its /64) may hold that wait for a request. A further one closes that address&apos;s longest kept-alive connection, or, when it has none, is closed at once before any TLS work.</source>
        <translation>Verbindungen, die auf eine Anfrage warten und die eine Client-Adresse (eine IPv6-Adresse: ihr /64) halten darf. Eine weitere schließt die am längsten offen gehaltene Verbindung dieser Adresse oder wird, wenn sie keine hat, sofort vor jeder TLS-Arbeit geschlossen.</translation>
    </message>
    <message>
        <source>A connection must complete its TLS handshake and each request (headers and body), and take each answer, within this many seconds, or it is closed. A request being computed has no deadline.</source>
        <translation>Eine Verbindung muss ihren TLS-Handshake und jede Anfrage (Header und Inhalt) abschließen und jede Antwort abnehmen, innerhalb dieser Anzahl Sekunden, sonst wird sie geschlossen. Eine Anfrage in Berechnung hat keine Frist.</translation>
    </message>
    <message>
        <source>This node could not read the dataset from its store, so it does not answer on it now. Try again later; if it persists, tell the node&apos;s administrator (the node&apos;s log says why).</source>
        <translation>Dieser Knoten konnte den Datensatz nicht aus seinem Speicher lesen und antwortet deshalb jetzt nicht dazu. Versuchen Sie es später erneut; hält es an, melden Sie es dem Administrator des Knotens (das Protokoll des Knotens nennt den Grund).</translation>
    </message>
    <message>
        <source>GET /v1/info takes with=catalogue only. Leave &apos;with&apos; out, or ask for the catalogue.</source>
        <translation>GET /v1/info akzeptiert nur with=catalogue. Lassen Sie &apos;with&apos; weg oder fragen Sie nach dem Katalog.</translation>
    </message>
    <message>
        <source>The study&apos;s job expired: it was idle, reached its lifetime, or its user held more than a fair share of the node&apos;s job memory while others waited. Start a new study.</source>
        <translation>Der Job der Studie ist abgelaufen: Er war untätig, hat seine Lebensdauer erreicht, oder sein Benutzer hielt mehr als einen fairen Anteil des Jobspeichers des Knotens, während andere warteten. Starten Sie eine neue Studie.</translation>
    </message>
    <message>
        <source>The node could not read the %1 of the dataset &apos;%2&apos; from its store (%3), so it does not answer on that dataset. Check the store&apos;s disk and restart the node; if it persists, import the dataset again.</source>
        <translation>Der Knoten konnte die %1 des Datensatzes &apos;%2&apos; nicht aus seinem Speicher lesen (%3) und antwortet deshalb nicht zu diesem Datensatz. Prüfen Sie den Datenträger des Speichers und starten Sie den Knoten neu; hält es an, importieren Sie den Datensatz erneut.</translation>
    </message>
    <message>
        <source>The %1 of the dataset &apos;%2&apos; in the node&apos;s store are not what this version wrote, so it does not answer on that dataset. Import the dataset again.</source>
        <translation>Die %1 des Datensatzes &apos;%2&apos; im Speicher des Knotens sind nicht, was diese Version geschrieben hat; der Knoten antwortet deshalb nicht zu diesem Datensatz. Importieren Sie den Datensatz erneut.</translation>
    </message>
    <message>
        <source>fact records</source>
        <translation>Faktendatensätze</translation>
    </message>
    <message>
        <source>held records</source>
        <translation>zurückgehaltenen Datensätze</translation>
    </message>
    <message>
        <source>removed records&apos; facts</source>
        <translation>Fakten entfernter Datensätze</translation>
    </message>
    <message>
        <source>frozen histogram steps</source>
        <translation>eingefrorenen Histogrammschritte</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; shares records with &apos;%2&apos; (datasets_share_records = yes): the node removed from it the records this import removed or changed (%3; generation %4), and merged the differencing ledgers of the two, so that no release over either differs from an earlier one by those records (docs/privacy-rules.md, &quot;Datasets that share records, after an erasure&quot;). Re-import &apos;%1&apos; with its corrected records if it should hold them.</source>
        <translation>Der Datensatz &apos;%1&apos; teilt Datensätze mit &apos;%2&apos; (datasets_share_records = yes): Der Knoten hat daraus entfernt, was dieser Import entfernt oder geändert hat (%3; Generation %4), und die Differenzbücher beider zusammengeführt, sodass sich keine Freigabe über einen der beiden durch diese Datensätze von einer früheren unterscheidet (docs/privacy-rules.md, &quot;Datasets that share records, after an erasure&quot;). Importieren Sie &apos;%1&apos; mit den korrigierten Datensätzen erneut, wenn er sie enthalten soll.</translation>
    </message>
    <message>
        <source>yes (1) or no (0): with datasets_share_records = yes, a re-import that removes or changes records also removes the removed versions from every other dataset that shares records with it and merges their differencing ledgers. With no the datasets stay independent (a test bench of separate worlds), and after an erasure in one the same release over the other can reveal the erased record.</source>
        <translation>ja (1) oder nein (0): Mit datasets_share_records = yes entfernt ein erneuter Import, der Datensätze entfernt oder ändert, die entfernten Fassungen auch aus jedem anderen Datensatz, der Datensätze mit ihm teilt, und führt ihre Differenzbücher zusammen. Mit nein bleiben die Datensätze unabhängig (ein Prüfstand getrennter Welten), und nach einer Löschung in einem kann dieselbe Freigabe über den anderen den gelöschten Datensatz offenlegen.</translation>
    </message>
    <message>
        <source>The body must be a request batch: send Content-Type: application/x-fairstart-batch.</source>
        <translation>Der Body muss ein Anfragebündel sein: Senden Sie Content-Type: application/x-fairstart-batch.</translation>
    </message>
    <message>
        <source>A batch cannot hold another batch. Send its parts in the outer batch.</source>
        <translation>Ein Bündel kann kein anderes Bündel enthalten. Senden Sie dessen Teile im äußeren Bündel.</translation>
    </message>
    <message>
        <source>The request batch cannot be read; nothing in it was done. Send it as docs/protocol.md describes (&quot;Requests in one batch&quot;).</source>
        <translation>Das Anfragebündel ist nicht lesbar; nichts davon wurde ausgeführt. Senden Sie es, wie docs/protocol.md beschreibt (&quot;Requests in one batch&quot;).</translation>
    </message>
    <message>
        <source>A batch holds only the steps of a study (opening a job, its signatures, its rounds, its site fit); nothing in it was done. Send other requests on their own.</source>
        <translation>Ein Bündel enthält nur die Schritte einer Studie (einen Job öffnen, seine Signaturen, seine Runden, seine Anpassung je Standort); nichts davon wurde ausgeführt. Senden Sie andere Anfragen einzeln.</translation>
    </message>
    <message>
        <source>This part of the batch was not run because part %1 was refused; nothing was done for it. Send it again once that part succeeds.</source>
        <translation>Dieser Teil des Bündels wurde nicht ausgeführt, weil Teil %1 abgelehnt wurde; für ihn wurde nichts getan. Senden Sie ihn erneut, sobald jener Teil gelingt.</translation>
    </message>
    <message>
        <source>This node takes no request batches (its policy says batch = 0, and its info lists no capability &apos;batch&apos;). Send each step as a request of its own.</source>
        <translation>Dieser Knoten nimmt keine Anfragebündel an (seine Richtlinie sagt batch = 0, und seine Info nennt keine Fähigkeit &apos;batch&apos;). Senden Sie jeden Schritt als eigene Anfrage.</translation>
    </message>
    <message>
        <source>take (1) or refuse (0) request batches (POST /v1/batch: a few steps of a study&apos;s flow in one request, each run as the request it is). 0 makes the node list the capability no longer and answer a batch 404, as an older node; clients then send each step alone.</source>
        <translation>Anfragebündel annehmen (1) oder ablehnen (0) (POST /v1/batch: einige Schritte des Ablaufs einer Studie in einer Anfrage, jeder ausgeführt als die Anfrage, die er ist). Mit 0 nennt der Knoten die Fähigkeit nicht mehr und beantwortet ein Bündel mit 404, wie ein älterer Knoten; Clients senden dann jeden Schritt einzeln.</translation>
    </message>
    <message>
        <source>The request&apos;s Content-Length is not one number of bytes. Send one Content-Length header with the body&apos;s size in decimal digits.</source>
        <translation>Die Content-Length der Anfrage ist nicht eine Anzahl von Bytes. Senden Sie einen Content-Length-Header mit der Größe des Inhalts in Dezimalziffern.</translation>
    </message>
    <message>
        <source>An empty list of audit entries was given; nothing was written. Tell the developers.</source>
        <translation>Es wurde eine leere Liste von Audit-Einträgen übergeben; nichts wurde geschrieben. Melden Sie dies den Entwicklern.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open the site store in %1. Check FAIRSTART_NODE_PASSPHRASE or --passphrase-file. If the passphrase is right, the store file is damaged: keep it as it is and restore the data dir from a backup.</source>
        <translation>Falsche Passphrase: Sie öffnet den Standortspeicher in %1 nicht. Prüfen Sie FAIRSTART_NODE_PASSPHRASE oder --passphrase-file. Wenn die Passphrase stimmt, ist die Speicherdatei beschädigt: Lassen Sie sie unverändert und stellen Sie das Datenverzeichnis aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>(default; not in policy.conf)</source>
        <translation>(Standard; nicht in policy.conf)</translation>
    </message>
    <message>
        <source>%1 line %2 ends without a line break: the file may have been cut short, and a value cut short can still be a valid one (min_cohort = 100 cut to 10). Check the line against a backup or your records, then end it with a line break, or run &apos;fairstart-node policy set %3 VALUE&apos;.</source>
        <translation>%1 Zeile %2 endet ohne Zeilenumbruch: Die Datei wurde möglicherweise abgeschnitten, und ein abgeschnittener Wert kann trotzdem gültig sein (min_cohort = 100, abgeschnitten zu 10). Prüfen Sie die Zeile anhand einer Sicherung oder Ihrer Unterlagen und beenden Sie sie dann mit einem Zeilenumbruch, oder führen Sie &apos;fairstart-node policy set %3 WERT&apos; aus.</translation>
    </message>
    <message>
        <source>warning: policy.conf does not set %1, which therefore take their defaults. A policy file cut short loses its last lines this way: if you had set any of them, restore the file from a backup. To keep a default, write it in the file (&apos;fairstart-node policy set KEY VALUE&apos;); then this warning ends.</source>
        <translation>Warnung: policy.conf setzt %1 nicht; diese erhalten daher ihre Standardwerte. So verliert eine abgeschnittene Richtliniendatei ihre letzten Zeilen: Falls Sie einen davon gesetzt hatten, stellen Sie die Datei aus einer Sicherung wieder her. Um einen Standardwert zu behalten, schreiben Sie ihn in die Datei (&apos;fairstart-node policy set SCHLÜSSEL WERT&apos;); dann entfällt diese Warnung.</translation>
    </message>
    <message>
        <source>Maximum atoms one user&apos;s releases may add to a dataset import&apos;s differencing ledger (of its 20,000 for all users). A release that would split the records further beyond it is refused for that user only; repeating released cohorts stays possible. Lowering it only refuses more.</source>
        <translation>Höchstzahl der Atome, die die Freigaben eines Benutzers dem Differencing-Register eines Datensatzimports hinzufügen dürfen (von dessen 20.000 für alle Benutzer). Eine Freigabe, die die Datensätze darüber hinaus weiter aufteilen würde, wird nur für diesen Benutzer abgelehnt; freigegebene Kohorten zu wiederholen bleibt möglich. Ein niedrigerer Wert lehnt nur mehr ab.</translation>
    </message>
    <message>
        <source>This store keeps no charges of the differencing ledger; nothing was released. Tell the developers.</source>
        <translation>Dieser Speicher führt keine Anrechnungen des Differencing-Registers; nichts wurde freigegeben. Melden Sie dies den Entwicklern.</translation>
    </message>
    <message>
        <source>This store keeps no charges of the differencing ledger; nothing was recorded or released. Tell the developers.</source>
        <translation>Dieser Speicher führt keine Anrechnungen des Differencing-Registers; nichts wurde aufgezeichnet oder freigegeben. Melden Sie dies den Entwicklern.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Ui</name>
    <message>
        <source>About Fairstart</source>
        <translation>Über Fairstart</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fairstart Workbench %1&lt;/h3&gt;&lt;p&gt;Federated analysis of child-health data: the analysis travels to the data, only checked aggregates come back.&lt;/p&gt;&lt;p&gt;Statistics engine %2 · protocol %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fairstart Workbench %1&lt;/h3&gt;&lt;p&gt;Föderierte Analyse von Daten zur Kindergesundheit: Die Analyse kommt zu den Daten, nur geprüfte zusammengefasste Werte kommen zurück.&lt;/p&gt;&lt;p&gt;Statistikmodul %2 · Protokoll %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 is numeric at some sites and categorical at others: check with the site administrators before using it.</source>
        <translation>%1 ist an einigen Standorten numerisch und an anderen kategorial: Klären Sie das mit der Administration der Standorte, bevor Sie die Variable verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 von %n Standort</numerusform>
            <numerusform>%1 von %n Standorten</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>Withheld by the area: fewer than %1 records.</source>
        <translation>Vom Gebiet zurückgehalten: weniger als %1 Datensätze.</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Records with a value</source>
        <translation>Datensätze mit einem Wert</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF</source>
        <translation>Diagramm als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Indicator per area</source>
        <translation>Indikator nach Gebiet</translation>
    </message>
    <message>
        <source>Indicator table</source>
        <translation>Indikatortabelle</translation>
    </message>
    <message>
        <source>About suppression</source>
        <translation>Zu zurückgehaltenen Werten</translation>
    </message>
    <message>
        <source>No indicator released</source>
        <translation>Kein Indikator freigegeben</translation>
    </message>
    <message>
        <source>%1 = %2 per area</source>
        <translation>%1 = %2 nach Gebiet</translation>
    </message>
    <message>
        <source>Hatched bars: the area withheld the count because it is below its threshold; the rate lies somewhere in the hatched range. Totals over areas are not shown, because they would reveal withheld counts.</source>
        <translation>Schraffierte Balken: Das Gebiet hat die Fallzahl zurückgehalten, weil sie unter seinem Schwellenwert liegt; der Anteil liegt irgendwo im schraffierten Bereich. Summen über alle Gebiete werden nicht angezeigt, weil sie zurückgehaltene Fallzahlen offenlegen würden.</translation>
    </message>
    <message>
        <source>Every area released this indicator.</source>
        <translation>Alle Gebiete haben diesen Indikator freigegeben.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Predictor</source>
        <translation>Prädiktor</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>predictor</source>
        <translation>Prädiktor</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>fitted model</source>
        <translation>geschätztes Modell</translation>
    </message>
    <message>
        <source>Cohort: everyone</source>
        <translation>Kohorte: alle</translation>
    </message>
    <message numerus="yes">
        <source>Cohort: %n filter(s)</source>
        <translation>
            <numerusform>Kohorte: %n Filter</numerusform>
            <numerusform>Kohorte: %n Filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome: not chosen</source>
        <translation>Zielgröße: nicht gewählt</translation>
    </message>
    <message>
        <source>Outcome: %1 &gt; %2</source>
        <translation>Zielgröße: %1 &gt; %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Zielgröße: %1</translation>
    </message>
    <message>
        <source>Predictor: not chosen</source>
        <translation>Prädiktor: nicht gewählt</translation>
    </message>
    <message>
        <source>Predictor: %1</source>
        <translation>Prädiktor: %1</translation>
    </message>
    <message>
        <source>Model: logistic</source>
        <translation>Modell: logistisch</translation>
    </message>
    <message>
        <source>Model: Poisson</source>
        <translation>Modell: Poisson</translation>
    </message>
    <message>
        <source>Model: linear</source>
        <translation>Modell: linear</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbindung trennen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>%n Block löschen</numerusform>
            <numerusform>%n Blöcke löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the two blocks no longer exists.</source>
        <translation>Einer der beiden Blöcke existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A block cannot be connected to itself.</source>
        <translation>Ein Block kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>These blocks have no such connection point.</source>
        <translation>Diese Blöcke haben keinen solchen Anschluss.</translation>
    </message>
    <message>
        <source>Connect an output (right side) to an input (left side).</source>
        <translation>Verbinden Sie einen Ausgang (rechte Seite) mit einem Eingang (linke Seite).</translation>
    </message>
    <message>
        <source>A %1 cannot go into the %2 input of the %3: connect it to a matching input.</source>
        <translation>Ein Ausgang vom Typ „%1“ passt nicht in den Eingang „%2“ des Blocks „%3“: Verbinden Sie ihn mit einem passenden Eingang.</translation>
    </message>
    <message>
        <source>These two blocks are already connected.</source>
        <translation>Diese beiden Blöcke sind bereits verbunden.</translation>
    </message>
    <message>
        <source>The %1 input of the %2 is already in use: remove its link first.</source>
        <translation>Der Eingang „%1“ des Blocks „%2“ ist schon belegt: Entfernen Sie zuerst die bestehende Verbindung.</translation>
    </message>
    <message>
        <source>An interaction needs two different predictors.</source>
        <translation>Eine Interaktion braucht zwei verschiedene Prädiktoren.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%2 als %1 hinzufügen</translation>
    </message>
    <message>
        <source>Replace design</source>
        <translation>Entwurf ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>%n Block einfügen</numerusform>
            <numerusform>%n Blöcke einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>A block has no valid kind or id.</source>
        <translation>Ein Block hat keine gültige Art oder ID.</translation>
    </message>
    <message>
        <source>The predictor &apos;%1&apos; has an unknown transformation &apos;%2&apos;.</source>
        <translation>Der Prädiktor &apos;%1&apos; hat eine unbekannte Transformation &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The model has an unknown family &apos;%1&apos;.</source>
        <translation>Das Modell hat eine unbekannte Familie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This is not a Fairstart design (the &quot;format&quot; field is missing or different). Open a design saved by Fairstart.</source>
        <translation>Dies ist kein Fairstart-Entwurf (das Feld &quot;format&quot; fehlt oder hat einen anderen Wert). Öffnen Sie einen Entwurf, der mit Fairstart gespeichert wurde.</translation>
    </message>
    <message>
        <source>This design was saved by a newer Fairstart (format version %1). Update Fairstart to open it.</source>
        <translation>Dieser Entwurf wurde mit einer neueren Fairstart-Version gespeichert (Formatversion %1). Aktualisieren Sie Fairstart, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Two blocks share the id %1: the design file is damaged.</source>
        <translation>Zwei Blöcke haben dieselbe ID %1: Die Entwurfsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The design has more than one model block: the design file is damaged.</source>
        <translation>Der Entwurf hat mehr als einen Modellblock: Die Entwurfsdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>A link of the design is not valid: %1</source>
        <translation>Eine Verbindung im Entwurf ist ungültig: %1</translation>
    </message>
    <message>
        <source>Problems of the design</source>
        <translation>Probleme im Entwurf</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>The same model as an R formula (read-only). Filters and the ridge penalty are not part of a formula.</source>
        <translation>Dasselbe Modell als R-Formel (nur lesbar). Filter und der Ridge-Strafterm sind nicht Teil einer Formel.</translation>
    </message>
    <message>
        <source>Design as JSON</source>
        <translation>Entwurf als JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No problems found: the design can be run.</source>
        <translation>Keine Probleme gefunden: Der Entwurf kann ausgeführt werden.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>(choose an outcome first)</source>
        <translation>(wählen Sie zuerst eine Zielgröße)</translation>
    </message>
    <message>
        <source>A design has one model block.</source>
        <translation>Ein Entwurf hat genau einen Modellblock.</translation>
    </message>
    <message>
        <source>Select exactly two predictors to add their interaction.</source>
        <translation>Wählen Sie genau zwei Prädiktoren aus, um ihre Interaktion hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Interaktion hinzufügen</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erster</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiter</translation>
    </message>
    <message>
        <source>predictors</source>
        <translation>Prädiktoren</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>A threshold turns the outcome &apos;%1&apos; into yes/no: choose the logistic model or remove the threshold.</source>
        <translation>Ein Schwellenwert macht aus der Zielgröße &apos;%1&apos; eine Ja/Nein-Größe: Wählen Sie das logistische Modell oder entfernen Sie den Schwellenwert.</translation>
    </message>
    <message>
        <source>A predictor has no variable: choose one in its properties or delete the block.</source>
        <translation>Ein Prädiktor hat keine Variable: Wählen Sie in seinen Eigenschaften eine aus oder löschen Sie den Block.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a predictor more than once: delete one of the blocks.</source>
        <translation>&apos;%1&apos; ist mehrfach als Prädiktor enthalten: Löschen Sie einen der Blöcke.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the outcome and a predictor: delete the predictor.</source>
        <translation>&apos;%1&apos; ist zugleich Zielgröße und Prädiktor: Löschen Sie den Prädiktor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the offset and a predictor: use it in one role only.</source>
        <translation>&apos;%1&apos; ist zugleich Offset und Prädiktor: Verwenden Sie die Variable nur in einer Rolle.</translation>
    </message>
    <message>
        <source>The spline of &apos;%1&apos; has %2 knots: choose between 3 and 7.</source>
        <translation>Der Spline von &apos;%1&apos; hat %2 Knoten: Wählen Sie einen Wert zwischen 3 und 7.</translation>
    </message>
    <message>
        <source>The bounds for winsorising &apos;%1&apos; must be two numbers with the lower below the upper: correct them.</source>
        <translation>Die Grenzen für die Winsorisierung von &apos;%1&apos; müssen zwei Zahlen sein, die untere kleiner als die obere: Korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>An interaction needs two predictors: connect a predictor to each of its inputs or delete it.</source>
        <translation>Eine Interaktion braucht zwei Prädiktoren: Verbinden Sie mit jedem ihrer Eingänge einen Prädiktor oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>The interaction %1:%2 uses &apos;%3&apos;, which is not connected to the model as a predictor: connect &apos;%3&apos; to the model too.</source>
        <translation>Die Interaktion %1:%2 verwendet &apos;%3&apos;, das nicht als Prädiktor mit dem Modell verbunden ist: Verbinden Sie &apos;%3&apos; ebenfalls mit dem Modell.</translation>
    </message>
    <message>
        <source>The interaction %1:%2 is there twice: delete one.</source>
        <translation>Die Interaktion %1:%2 ist doppelt vorhanden: Löschen Sie eine davon.</translation>
    </message>
    <message>
        <source>A filter has no variable: choose one or remove the filter.</source>
        <translation>Ein Filter hat keine Variable: Wählen Sie eine aus oder entfernen Sie den Filter.</translation>
    </message>
    <message>
        <source>The filter on &apos;%1&apos; has its minimum above its maximum, so no record could pass: correct the bounds.</source>
        <translation>Beim Filter für &apos;%1&apos; liegt das Minimum über dem Maximum, sodass kein Datensatz ihn passieren kann: Korrigieren Sie die Grenzen.</translation>
    </message>
    <message>
        <source>The filter on &apos;%1&apos; sets no bounds and no values: set one or remove the filter.</source>
        <translation>Der Filter für &apos;%1&apos; legt weder Grenzen noch Werte fest: Legen Sie etwas fest oder entfernen Sie den Filter.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the outcome and the offset: choose another offset.</source>
        <translation>&apos;%1&apos; ist zugleich Zielgröße und Offset: Wählen Sie einen anderen Offset.</translation>
    </message>
    <message>
        <source>The ridge penalty must be zero or a positive number.</source>
        <translation>Der Ridge-Strafterm muss null oder eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The design has no model block: add one with Design ▸ Add block ▸ Model.</source>
        <translation>Der Entwurf hat keinen Modellblock: Fügen Sie einen hinzu mit Entwurf ▸ Block hinzufügen ▸ Modell.</translation>
    </message>
    <message>
        <source>The model has no outcome: choose the outcome&apos;s variable and connect the outcome block to the model.</source>
        <translation>Das Modell hat keine Zielgröße: Wählen Sie die Variable der Zielgröße und verbinden Sie den Zielgrößen-Block mit dem Modell.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not connected to the model, so it is left out: connect it or delete it.</source>
        <translation>&apos;%1&apos; ist nicht mit dem Modell verbunden und wird daher nicht berücksichtigt: Verbinden oder löschen Sie den Block.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available at %2: choose another variable or leave %2 out of the run.</source>
        <translation>&apos;%1&apos; ist bei %2 nicht verfügbar: Wählen Sie eine andere Variable oder lassen Sie %2 bei der Analyse weg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is categorical at %2, so it cannot be transformed with a log, standardisation, spline or winsorising: treat it as categorical.</source>
        <translation>&apos;%1&apos; ist bei %2 kategorial und kann daher nicht mit Logarithmus, Standardisierung, Spline oder Winsorisierung transformiert werden: Behandeln Sie die Variable als kategorial.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is numeric at %2: use it as a number (as is, log, standardised, spline) instead of as categorical.</source>
        <translation>&apos;%1&apos; ist bei %2 numerisch: Verwenden Sie die Variable als Zahl (unverändert, Logarithmus, standardisiert, Spline) statt als kategorial.</translation>
    </message>
    <message>
        <source>Level &apos;%1&apos; of &apos;%2&apos; has fewer than %3 records at %4, so the node will refuse the model: merge the level with another, filter it out, or leave %4 out.</source>
        <translation>Die Kategorie &apos;%1&apos; von &apos;%2&apos; hat bei %4 weniger als %3 Datensätze, daher wird der Knoten das Modell ablehnen: Fassen Sie die Kategorie mit einer anderen zusammen, filtern Sie sie heraus oder lassen Sie %4 weg.</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; is categorical at %2: an offset must be a number.</source>
        <translation>Der Offset &apos;%1&apos; ist bei %2 kategorial: Ein Offset muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; has %2 levels at %3; a logistic model needs exactly two: choose a yes/no outcome.</source>
        <translation>Die Zielgröße &apos;%1&apos; hat bei %3 %2 Kategorien; ein logistisches Modell braucht genau zwei: Wählen Sie eine Ja/Nein-Zielgröße.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; is categorical at %2: a threshold or a Poisson or linear model needs a numeric outcome.</source>
        <translation>Die Zielgröße &apos;%1&apos; ist bei %2 kategorial: Ein Schwellenwert, ein Poisson- oder ein lineares Modell braucht eine numerische Zielgröße.</translation>
    </message>
    <message>
        <source>At %1 the rarer outcome class has about %2 records for %3 parameters; the node needs at least %4 per parameter: use fewer predictors or levels, or leave %1 out.</source>
        <translation>Bei %1 hat die seltenere Klasse der Zielgröße etwa %2 Datensätze für %3 Parameter; der Knoten verlangt mindestens %4 pro Parameter: Verwenden Sie weniger Prädiktoren oder Kategorien oder lassen Sie %1 weg.</translation>
    </message>
    <message>
        <source>Design canvas</source>
        <translation>Arbeitsfläche für den Entwurf</translation>
    </message>
    <message>
        <source>The model as blocks. Drag variables here from the catalogue; drag from an output on the right of a block to an input on the left of another to connect them. Tab selects the next block, the arrow keys move it, Delete removes it.</source>
        <translation>Das Modell als Blöcke. Ziehen Sie Variablen aus dem Katalog hierher; ziehen Sie von einem Ausgang rechts an einem Block zu einem Eingang links an einem anderen, um sie zu verbinden. Tab wählt den nächsten Block, die Pfeiltasten verschieben ihn, Entf löscht ihn.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) selected</source>
        <translation>
            <numerusform>%n Block ausgewählt</numerusform>
            <numerusform>%n Blöcke ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connected to the model</source>
        <translation>Mit dem Modell &amp;verbunden</translation>
    </message>
    <message>
        <source>Connected to the model</source>
        <translation>Mit dem Modell verbunden</translation>
    </message>
    <message>
        <source>Select a block on the canvas to see and change its settings.</source>
        <translation>Wählen Sie einen Block auf der Arbeitsfläche aus, um seine Einstellungen zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>(choose a variable)</source>
        <translation>(Variable wählen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only records that pass every filter are used. A numeric filter keeps values from minimum to maximum; a categorical one keeps the listed levels (separated by commas).</source>
        <translation>Nur Datensätze, die jeden Filter passieren, werden verwendet. Ein numerischer Filter behält Werte vom Minimum bis zum Maximum; ein kategorialer behält die aufgeführten Kategorien (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>&amp;Add filter</source>
        <translation>Filter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove filter</source>
        <translation>Filter &amp;entfernen</translation>
    </message>
    <message>
        <source>Outcome variable</source>
        <translation>Variable der Zielgröße</translation>
    </message>
    <message>
        <source>Yes when above a &amp;threshold</source>
        <translation>&amp;Ja, wenn über einem Schwellenwert</translation>
    </message>
    <message>
        <source>Yes when above a threshold</source>
        <translation>Ja, wenn über einem Schwellenwert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>&amp;Variable:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Schwellenwert:</translation>
    </message>
    <message>
        <source>Predictor variable</source>
        <translation>Variable des Prädiktors</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Natural log</source>
        <translation>Natürlicher Logarithmus</translation>
    </message>
    <message>
        <source>Standardised (federated mean and SD)</source>
        <translation>Standardisiert (föderierter Mittelwert und SD)</translation>
    </message>
    <message>
        <source>Restricted cubic spline</source>
        <translation>Restringierter kubischer Spline</translation>
    </message>
    <message>
        <source>Winsorised</source>
        <translation>Winsorisiert</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Kategorial</translation>
    </message>
    <message>
        <source>Number of knots</source>
        <translation>Anzahl der Spline-Knoten</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Reference level</source>
        <translation>Referenzkategorie</translation>
    </message>
    <message>
        <source>&amp;Transformation:</source>
        <translation>&amp;Transformation:</translation>
    </message>
    <message>
        <source>&amp;Knots:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>&amp;Lower bound:</source>
        <translation>&amp;Untergrenze:</translation>
    </message>
    <message>
        <source>&amp;Upper bound:</source>
        <translation>&amp;Obergrenze:</translation>
    </message>
    <message>
        <source>&amp;Reference level:</source>
        <translation>&amp;Referenzkategorie:</translation>
    </message>
    <message>
        <source>First predictor</source>
        <translation>Erster Prädiktor</translation>
    </message>
    <message>
        <source>Second predictor</source>
        <translation>Zweiter Prädiktor</translation>
    </message>
    <message>
        <source>An interaction lets the effect of one predictor depend on another. Both must also be predictors of the model.</source>
        <translation>Mit einer Interaktion kann die Wirkung eines Prädiktors von einem anderen abhängen. Beide müssen auch Prädiktoren des Modells sein.</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Erster:</translation>
    </message>
    <message>
        <source>&amp;Second:</source>
        <translation>&amp;Zweiter:</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Modellfamilie</translation>
    </message>
    <message>
        <source>Logistic (yes/no outcome)</source>
        <translation>Logistisch (Ja/Nein-Zielgröße)</translation>
    </message>
    <message>
        <source>Poisson (counts)</source>
        <translation>Poisson (Anzahlen)</translation>
    </message>
    <message>
        <source>Linear (continuous outcome)</source>
        <translation>Linear (stetige Zielgröße)</translation>
    </message>
    <message>
        <source>Ridge penalty</source>
        <translation>Ridge-Strafterm</translation>
    </message>
    <message>
        <source>L2 penalty on the coefficients; 0 fits a plain model.</source>
        <translation>L2-Strafterm auf die Koeffizienten; 0 ergibt ein gewöhnliches Modell.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <source>&amp;Ridge penalty:</source>
        <translation>&amp;Ridge-Strafterm:</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Offset:</translation>
    </message>
    <message>
        <source>&amp;Discrimination (AUC with 95% CI)</source>
        <translation>&amp;Trennschärfe (AUC mit 95%-KI)</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Trennschärfe</translation>
    </message>
    <message>
        <source>&amp;Brier score</source>
        <translation>&amp;Brier-Score</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>&amp;Calibration (intercept and slope)</source>
        <translation>&amp;Kalibrierung (Achsenabschnitt und Steigung)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>&amp;Per-site breakdown</source>
        <translation>&amp;Aufschlüsselung nach Standort</translation>
    </message>
    <message>
        <source>Per-site breakdown</source>
        <translation>Aufschlüsselung nach Standort</translation>
    </message>
    <message>
        <source>Risk thresholds</source>
        <translation>Risikoschwellen</translation>
    </message>
    <message>
        <source>Risk &amp;thresholds:</source>
        <translation>Risiko&amp;schwellen:</translation>
    </message>
    <message>
        <source>Change interaction</source>
        <translation>Interaktion ändern</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Not complete yet.</source>
        <translation>Noch nicht vollständig.</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Bereit zur Ausführung.</translation>
    </message>
    <message>
        <source>Ran with these settings.</source>
        <translation>Mit diesen Einstellungen ausgeführt.</translation>
    </message>
    <message>
        <source>(first level)</source>
        <translation>(erste Kategorie)</translation>
    </message>
    <message>
        <source>(choose a predictor)</source>
        <translation>(Prädiktor wählen)</translation>
    </message>
    <message>
        <source>(no offset)</source>
        <translation>(kein Offset)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. The workspace is encrypted with it; without it nobody, including you, can open the file again.</source>
        <translation>Wählen Sie eine Passphrase für %1. Der Arbeitsbereich wird damit verschlüsselt; ohne sie kann niemand, auch Sie nicht, die Datei wieder öffnen.</translation>
    </message>
    <message>
        <source>%1 was locked after a period without activity. Enter its passphrase to continue.</source>
        <translation>%1 wurde nach einer Zeit ohne Aktivität gesperrt. Geben Sie die Passphrase ein, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>Geben Sie die Passphrase für %1 ein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Use at least 8 characters; a few words are easier to remember.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen; ein paar Wörter sind leichter zu merken.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>Enter what the site&apos;s administrator gave you: the address of the node, its certificate pin and your token.</source>
        <translation>Geben Sie ein, was Sie von der Administration des Standorts erhalten haben: die Adresse des Knotens, den Pin seines Zertifikats und Ihr Token.</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Name des Standorts</translation>
    </message>
    <message>
        <source>e.g. jgz-utrecht</source>
        <translation>z. B. jgz-utrecht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>Zertifikats-Pin</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>I &amp;compared this pin with the one the administrator gave me</source>
        <translation>Ich habe diesen Pin mit dem von der Administration erhaltenen &amp;verglichen</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>Standort &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation>&amp;Pin:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Pin to compare: %1</source>
        <translation>Zu vergleichender Pin: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Save the design automatically while I work</source>
        <translation>Entwurf während der Arbeit &amp;automatisch speichern</translation>
    </message>
    <message>
        <source>Lock the workspace after minutes without activity</source>
        <translation>Arbeitsbereich nach so vielen Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>A new language takes effect when Fairstart starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Fairstart wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Sperren &amp;nach:</translation>
    </message>
    <message>
        <source>Zoom 100%</source>
        <translation>Zoom 100%</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before running</source>
        <translation>
            <numerusform>%n Problem vor der Ausführung zu beheben</numerusform>
            <numerusform>%n Probleme vor der Ausführung zu beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to run (%n warning(s))</source>
        <translation>
            <numerusform>Bereit zur Ausführung (%n Warnung)</numerusform>
            <numerusform>Bereit zur Ausführung (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to run</source>
        <translation>Bereit zur Ausführung</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Federation</source>
        <translation>&amp;Demo-Föderation öffnen</translation>
    </message>
    <message>
        <source>New &amp;Design</source>
        <translation>Neuer Ent&amp;wurf</translation>
    </message>
    <message>
        <source>&amp;Save Design Version</source>
        <translation>Entwurfsversion s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Export Design…</source>
        <translation>Entwurf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Design…</source>
        <translation>Entwurf &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Design</source>
        <translation>Entwurf &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Run on Sites…</source>
        <translation>An Standorten &amp;ausführen…</translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation>Standort &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Site</source>
        <translation>Standort &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Check Sites</source>
        <translation>Standorte &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Interaction of Selected Predictors</source>
        <translation>&amp;Interaktion der ausgewählten Prädiktoren</translation>
    </message>
    <message>
        <source>&amp;About Fairstart</source>
        <translation>Ü&amp;ber Fairstart</translation>
    </message>
    <message>
        <source>Demo federation</source>
        <translation>Demo-Föderation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Block hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Standort hinzufügen…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Search variables, labels and levels</source>
        <translation>Variablen, Beschriftungen und Kategorien durchsuchen</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Variable catalogue</source>
        <translation>Variablenkatalog</translation>
    </message>
    <message>
        <source>Select a variable in the catalogue first.</source>
        <translation>Wählen Sie zuerst eine Variable im Katalog aus.</translation>
    </message>
    <message>
        <source>Add as &amp;predictor</source>
        <translation>Als &amp;Prädiktor hinzufügen</translation>
    </message>
    <message>
        <source>Add as o&amp;utcome</source>
        <translation>Als &amp;Zielgröße hinzufügen</translation>
    </message>
    <message>
        <source>Drag a variable onto the canvas (hold Shift for the outcome), or select it and press Enter.</source>
        <translation>Ziehen Sie eine Variable auf die Arbeitsfläche (mit gedrückter Umschalttaste als Zielgröße) oder wählen Sie sie aus und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fairstart Workbench&lt;/h1&gt;&lt;p&gt;Design a risk model, run it where the data are, and read back only checked aggregates.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fairstart Workbench&lt;/h1&gt;&lt;p&gt;Entwerfen Sie ein Risikomodell, führen Sie es dort aus, wo die Daten liegen, und erhalten Sie nur geprüfte zusammengefasste Werte zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An encrypted file for your designs, sites, runs and results.</source>
        <translation>Eine verschlüsselte Datei für Ihre Entwürfe, Standorte, Analysen und Ergebnisse.</translation>
    </message>
    <message>
        <source>Continue where you left off.</source>
        <translation>Machen Sie dort weiter, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Open demo federation</source>
        <translation>Demo-Föderation öffnen</translation>
    </message>
    <message>
        <source>Three synthetic sites started by &apos;make demo&apos;.</source>
        <translation>Drei synthetische Standorte, gestartet mit &apos;make demo&apos;.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt verwendete Arbeitsbereiche&lt;/b&gt;</translation>
    </message>
    <message>
        <source>demo federation (not saved)</source>
        <translation>Demo-Föderation (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Fairstart Workbench</source>
        <translation>Fairstart Workbench</translation>
    </message>
    <message>
        <source>%1 — Fairstart Workbench</source>
        <translation>%1 — Fairstart Workbench</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>Noch kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Saved automatically (version %1).</source>
        <translation>Automatisch gespeichert (Version %1).</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>The design &apos;%1&apos; could not be read: %2</source>
        <translation>Der Entwurf &apos;%1&apos; konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Opened &apos;%1&apos;, version %2 of %3.</source>
        <translation>&apos;%1&apos; geöffnet, Version %2 von %3.</translation>
    </message>
    <message>
        <source>Fairstart workspaces (*.fairstart)</source>
        <translation>Fairstart-Arbeitsbereiche (*.fairstart)</translation>
    </message>
    <message>
        <source>%1 no longer exists. It may have been moved or deleted; open it from its new place.</source>
        <translation>%1 existiert nicht mehr. Die Datei wurde vielleicht verschoben oder gelöscht; öffnen Sie sie an ihrem neuen Ort.</translation>
    </message>
    <message>
        <source>There is no demo federation running: %1 does not exist. Run &apos;make demo&apos; in the source folder first; it starts three local sites and opens the workbench on them.</source>
        <translation>Es läuft keine Demo-Föderation: %1 existiert nicht. Führen Sie zuerst &apos;make demo&apos; im Quellordner aus; das startet drei lokale Standorte und öffnet die Fairstart Workbench mit ihnen.</translation>
    </message>
    <message>
        <source>The demo sites file could not be used: %1</source>
        <translation>Die Standortdatei der Demo konnte nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo federation: %n site(s). Designs are not saved until you create a workspace (File ▸ New Workspace).</source>
        <translation>
            <numerusform>Demo-Föderation: %n Standort. Entwürfe werden erst gespeichert, wenn Sie einen Arbeitsbereich anlegen (Datei ▸ Neuer Arbeitsbereich).</numerusform>
            <numerusform>Demo-Föderation: %n Standorte. Entwürfe werden erst gespeichert, wenn Sie einen Arbeitsbereich anlegen (Datei ▸ Neuer Arbeitsbereich).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a workspace or the demo federation first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich oder die Demo-Föderation.</translation>
    </message>
    <message>
        <source>Untitled design %1</source>
        <translation>Unbenannter Entwurf %1</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>Keine Änderungen seit Version %1.</translation>
    </message>
    <message>
        <source>Export design</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <source>Fairstart models (*.fsmodel)</source>
        <translation>Fairstart-Modelle (*.fsmodel)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import design</source>
        <translation>Entwurf importieren</translation>
    </message>
    <message>
        <source>Select a site in the Sites panel first.</source>
        <translation>Wählen Sie zuerst einen Standort im Bereich Standorte aus.</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Standort entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this workspace? Its token is deleted too; earlier runs keep their results.</source>
        <translation>%1 aus diesem Arbeitsbereich entfernen? Das zugehörige Token wird ebenfalls gelöscht; frühere Analysen behalten ihre Ergebnisse.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Requests are logged in a workspace.</source>
        <translation>Anfragen werden in einem Arbeitsbereich protokolliert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); the chain is intact.</source>
        <translation>
            <numerusform>%n Eintrag; die Kette ist intakt.</numerusform>
            <numerusform>%n Einträge; die Kette ist intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Information for parents and carers</source>
        <translation>Informationen für Eltern und Erziehungsberechtigte</translation>
    </message>
    <message>
        <source>What is estimated?</source>
        <translation>Was wird geschätzt?</translation>
    </message>
    <message>
        <source>Professionals who care for your child can use a calculation that estimates the chance of the following:</source>
        <translation>Fachkräfte, die Ihr Kind betreuen, können eine Berechnung nutzen, die die Wahrscheinlichkeit für Folgendes schätzt:</translation>
    </message>
    <message>
        <source>The calculation was made for: %1.</source>
        <translation>Die Berechnung wurde erstellt für: %1.</translation>
    </message>
    <message>
        <source>Which information is used?</source>
        <translation>Welche Informationen werden verwendet?</translation>
    </message>
    <message>
        <source>The calculation uses these kinds of information about a child:</source>
        <translation>Die Berechnung verwendet diese Arten von Informationen über ein Kind:</translation>
    </message>
    <message numerus="yes">
        <source>The calculation was learned from the information of many children at %n organisation(s). That information never left those organisations: only totals and averages were combined. Nobody involved saw the records of individual children.</source>
        <translation>
            <numerusform>Die Berechnung wurde aus den Informationen vieler Kinder bei %n Organisation gewonnen. Diese Informationen haben die Organisation nie verlassen: Nur Summen und Durchschnittswerte wurden zusammengeführt. Niemand der Beteiligten hat die Daten einzelner Kinder gesehen.</numerusform>
            <numerusform>Die Berechnung wurde aus den Informationen vieler Kinder bei %n Organisationen gewonnen. Diese Informationen haben die Organisationen nie verlassen: Nur Summen und Durchschnittswerte wurden zusammengeführt. Niemand der Beteiligten hat die Daten einzelner Kinder gesehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>When a professional uses the calculator for your child, the values are typed in on their own computer. Nothing is sent anywhere, and nothing is stored unless the professional saves it.</source>
        <translation>Wenn eine Fachkraft den Rechner für Ihr Kind verwendet, werden die Werte auf ihrem eigenen Computer eingegeben. Es wird nichts verschickt, und nichts wird gespeichert, außer die Fachkraft speichert es.</translation>
    </message>
    <message>
        <source>What does a risk mean?</source>
        <translation>Was bedeutet ein Risiko?</translation>
    </message>
    <message>
        <source>A risk of, for example, 20% means: of 100 children with the same information, about 20 would be expected to have this outcome, and about 80 would not. It is an estimate for a group of similar children, with some uncertainty, which is why a range is shown as well.</source>
        <translation>Ein Risiko von zum Beispiel 20 % bedeutet: Von 100 Kindern mit denselben Informationen würde man bei etwa 20 dieses Ergebnis erwarten, bei etwa 80 nicht. Es ist ein Schätzwert für eine Gruppe ähnlicher Kinder und mit etwas Unsicherheit verbunden; deshalb wird auch ein Bereich angezeigt.</translation>
    </message>
    <message>
        <source>What does a risk not mean?</source>
        <translation>Was bedeutet ein Risiko nicht?</translation>
    </message>
    <message>
        <source>It is not a diagnosis, and it does not say what will happen to your child.</source>
        <translation>Es ist keine Diagnose, und es sagt nicht, was mit Ihrem Kind geschehen wird.</translation>
    </message>
    <message>
        <source>It does not say that you, or anyone, did something wrong.</source>
        <translation>Es sagt nicht, dass Sie oder jemand anderes etwas falsch gemacht haben.</translation>
    </message>
    <message>
        <source>It never decides anything by itself: it helps a professional decide, together with you, whether extra support could help.</source>
        <translation>Es entscheidet nie selbst etwas: Es hilft einer Fachkraft, gemeinsam mit Ihnen zu entscheiden, ob zusätzliche Unterstützung helfen könnte.</translation>
    </message>
    <message>
        <source>How good is the calculation?</source>
        <translation>Wie gut ist die Berechnung?</translation>
    </message>
    <message>
        <source>If we take one child who had the outcome and one who did not, the calculation gives the first child the higher risk in about %1 of 100 such pairs. 50 would be no better than chance; 100 would be perfect.</source>
        <translation>Nimmt man ein Kind, bei dem das vorhergesagte Ereignis eingetreten ist, und eines, bei dem es nicht eingetreten ist, dann gibt die Berechnung bei etwa %1 von 100 solchen Paaren dem ersten Kind das höhere Risiko. 50 wäre nicht besser als der Zufall, 100 wäre perfekt.</translation>
    </message>
    <message>
        <source>Whom can I ask?</source>
        <translation>Wen kann ich fragen?</translation>
    </message>
    <message>
        <source>Ask the professional who told you about this calculation, for example your youth health nurse or doctor.</source>
        <translation>Fragen Sie die Fachkraft, die Ihnen von dieser Berechnung erzählt hat, zum Beispiel die Pflegefachkraft oder die Ärztin bzw. den Arzt des Jugendgesundheitsdienstes.</translation>
    </message>
    <message>
        <source>Could not write the information sheet to %1. Choose another folder and try again.</source>
        <translation>Das Informationsblatt konnte nicht unter %1 gespeichert werden. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>logistic regression (binomial family, logit link)</source>
        <translation>logistische Regression (Binomialverteilung, Logit-Linkfunktion)</translation>
    </message>
    <message>
        <source>Poisson regression (log link)</source>
        <translation>Poisson-Regression (Log-Linkfunktion)</translation>
    </message>
    <message>
        <source>linear regression (Gaussian family, identity link)</source>
        <translation>lineare Regression (Normalverteilung, Identität als Linkfunktion)</translation>
    </message>
    <message>
        <source>%1, linear</source>
        <translation>%1, linear</translation>
    </message>
    <message>
        <source>%1, natural logarithm</source>
        <translation>%1, natürlicher Logarithmus</translation>
    </message>
    <message>
        <source>%1, standardised</source>
        <translation>%1, standardisiert</translation>
    </message>
    <message>
        <source>%1, standardised (federated mean %2, SD %3)</source>
        <translation>%1, standardisiert (föderierter Mittelwert %2, SD %3)</translation>
    </message>
    <message>
        <source>%1, restricted cubic spline with %2 knots at %3 (federated quantiles)</source>
        <translation>%1, restringierter kubischer Spline mit %2 Knoten bei %3 (föderierte Quantile)</translation>
    </message>
    <message>
        <source>%1, winsorised to [%2, %3]</source>
        <translation>%1, winsorisiert auf [%2, %3]</translation>
    </message>
    <message>
        <source>%1, categorical (levels %2; reference %3)</source>
        <translation>%1, kategorial (Ausprägungen %2; Referenz %3)</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Prediction model for %1</source>
        <translation>Vorhersagemodell für %1</translation>
    </message>
    <message>
        <source>Federated analysis report, organised along the TRIPOD statement items. Produced by Fairstart %1 on %2. All figures are aggregates released by the sites after their disclosure checks; no record left a site.</source>
        <translation>Bericht einer föderierten Analyse, gegliedert nach den Punkten des TRIPOD-Statements. Erstellt mit Fairstart %1 am %2. Alle Zahlen sind Aggregate, die die Standorte nach ihren Offenlegungsprüfungen freigegeben haben; kein Datensatz hat einen Standort verlassen.</translation>
    </message>
    <message>
        <source>Source of data</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Dataset &lt;b&gt;%1&lt;/b&gt;, analysed for the purpose &lt;b&gt;%2&lt;/b&gt; at %3 sites between %4 and %5 (UTC).</source>
        <translation>Datenbestand &lt;b&gt;%1&lt;/b&gt;, analysiert für den Zweck &lt;b&gt;%2&lt;/b&gt; an %3 Standorten zwischen %4 und %5 (UTC).</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Rechenkern</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Left out by the analyst&apos;s explicit choice after a failure: %1.</source>
        <translation>Vom Analysten nach einem Fehler ausdrücklich ausgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Design hash: &lt;tt&gt;%1&lt;/tt&gt;. Every site recomputed this hash from the design it received and recorded it in its audit log.</source>
        <translation>Hash des Modellentwurfs: &lt;tt&gt;%1&lt;/tt&gt;. Jeder Standort hat diesen Hash aus dem erhaltenen Entwurf neu berechnet und in seinem Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Participants and cohort flow</source>
        <translation>Teilnehmende und Kohortenfluss</translation>
    </message>
    <message>
        <source>Counts are rounded to the nearest %1; counts below %2 are shown as &quot;%3&quot;.</source>
        <translation>Anzahlen sind auf das nächste Vielfache von %1 gerundet; Anzahlen unter %2 werden als „%3“ angezeigt.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>No consent for the purpose</source>
        <translation>Keine Einwilligung für den Zweck</translation>
    </message>
    <message>
        <source>Outside the filters</source>
        <translation>Außerhalb der Filter</translation>
    </message>
    <message>
        <source>Missing a model variable</source>
        <translation>Fehlende Modellvariable</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Eligibility (filters): %1.</source>
        <translation>Einschlusskriterien (Filter): %1.</translation>
    </message>
    <message>
        <source>No eligibility filters: every consented record was eligible.</source>
        <translation>Keine Einschlussfilter: Jeder Datensatz mit Einwilligung kam in Frage.</translation>
    </message>
    <message>
        <source>%1 &gt; %2 (1), otherwise 0</source>
        <translation>%1 &gt; %2 (1), sonst 0</translation>
    </message>
    <message>
        <source>Outcome: &lt;b&gt;%1&lt;/b&gt;; model: %2.</source>
        <translation>Zielgröße: &lt;b&gt;%1&lt;/b&gt;; Modell: %2.</translation>
    </message>
    <message>
        <source>Records with the outcome: %1 of %2.</source>
        <translation>Datensätze mit Ereignis: %1 von %2.</translation>
    </message>
    <message>
        <source>Predictors</source>
        <translation>Prädiktoren</translation>
    </message>
    <message>
        <source>interaction %1 × %2</source>
        <translation>Interaktion %1 × %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Stichprobengröße</translation>
    </message>
    <message>
        <source>%1 records analysed, %2 model parameters.</source>
        <translation>%1 Datensätze analysiert, %2 Modellparameter.</translation>
    </message>
    <message>
        <source>Events per parameter (smaller outcome class): %1.</source>
        <translation>Ereignisse pro Parameter (kleinere Klasse der Zielgröße): %1.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Fehlende Daten</translation>
    </message>
    <message>
        <source>Complete-case analysis: a record missing any model variable was left out (see the cohort flow). Records missing each variable, among the eligible ones:</source>
        <translation>Complete-Case-Analyse: Ein Datensatz, in dem eine Modellvariable fehlte, wurde ausgeschlossen (siehe Kohortenfluss). Datensätze mit fehlendem Wert je Variable, unter den in Frage kommenden Datensätzen:</translation>
    </message>
    <message>
        <source>Model specification and fitting</source>
        <translation>Modellspezifikation und Schätzung</translation>
    </message>
    <message>
        <source>Fitted by federated Newton–Raphson (IRLS): in each round every site returned only XᵀWX, the score and the deviance at the current coefficients; the sums equal those of the pooled data, so the estimates equal a pooled fit. %1 rounds; deviance %2; AIC %3.</source>
        <translation>Geschätzt mit dem föderierten Newton–Raphson-Verfahren (IRLS): In jeder Runde lieferte jeder Standort nur XᵀWX, den Score und die Devianz bei den aktuellen Koeffizienten; die Summen entsprechen denen der gepoolten Daten, daher entsprechen die Schätzwerte einer Schätzung mit gepoolten Daten. %1 Runden; Devianz %2; AIC %3.</translation>
    </message>
    <message>
        <source>Ridge penalty λ = %1 (intercept not penalised).</source>
        <translation>Ridge-Penalisierung λ = %1 (Achsenabschnitt nicht penalisiert).</translation>
    </message>
    <message>
        <source>Model: coefficients</source>
        <translation>Modell: Koeffizienten</translation>
    </message>
    <message>
        <source>Brier score %1 (scaled Brier %2).</source>
        <translation>Brier-Score %1 (skalierter Brier-Score %2).</translation>
    </message>
    <message>
        <source>Observed/expected %1; E-avg %2; E-max %3.</source>
        <translation>Beobachtet/erwartet %1; E-avg %2; E-max %3.</translation>
    </message>
    <message>
        <source>No performance results in this run (evaluation is available for logistic models when the sites allow it).</source>
        <translation>Keine Ergebnisse zur Modellgüte in dieser Analyse (die Auswertung ist für logistische Modelle verfügbar, wenn die Standorte sie erlauben).</translation>
    </message>
    <message>
        <source>Results per site</source>
        <translation>Ergebnisse pro Standort</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-KI</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Heterogeneity of the AUC between sites: Cochran&apos;s Q = %1 on %2 df (p = %3), I² = %4.</source>
        <translation>Heterogenität der AUC zwischen den Standorten: Cochrans Q = %1 bei %2 FG (p = %3), I² = %4.</translation>
    </message>
    <message>
        <source>The sites released no per-site performance.</source>
        <translation>Die Standorte haben keine Modellgüte pro Standort freigegeben.</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Performance is apparent performance on the development data; it is not corrected for optimism (no internal or external validation in this run).</source>
        <translation>Die Modellgüte ist die scheinbare Güte auf den Entwicklungsdaten; sie ist nicht um Optimismus korrigiert (keine interne oder externe Validierung in dieser Analyse).</translation>
    </message>
    <message>
        <source>Complete-case analysis may bias the estimates when values are not missing completely at random.</source>
        <translation>Eine Complete-Case-Analyse kann die Schätzwerte verzerren, wenn Werte nicht völlig zufällig fehlen.</translation>
    </message>
    <message>
        <source>The AUC is computed from risks binned at the sites; its binning error is at most %1.</source>
        <translation>Die AUC wurde aus Risiken berechnet, die an den Standorten in Klassen eingeteilt wurden; der Fehler durch diese Klasseneinteilung beträgt höchstens %1.</translation>
    </message>
    <message>
        <source>Not every site contributed; the cohort is not the full federation.</source>
        <translation>Nicht jeder Standort hat beigetragen; die Kohorte umfasst nicht die gesamte Föderation.</translation>
    </message>
    <message>
        <source>Could not write the report to %1. Choose another folder and try again.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>Kein Effekt</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>%1s with 95% intervals</source>
        <translation>%1s mit 95%-Intervallen</translation>
    </message>
    <message>
        <source>Estimates with 95% intervals</source>
        <translation>Schätzwerte mit 95%-Intervallen</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Convergence: deviance per round</source>
        <translation>Konvergenz: Devianz pro Runde</translation>
    </message>
    <message>
        <source>Intercept-only model</source>
        <translation>Nullmodell (nur Achsenabschnitt)</translation>
    </message>
    <message>
        <source>Full model</source>
        <translation>Vollständiges Modell</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Deviance</source>
        <translation>Devianz</translation>
    </message>
    <message>
        <source>ROC curve — %1</source>
        <translation>ROC-Kurve — %1</translation>
    </message>
    <message>
        <source>1 − specificity (false-positive rate)</source>
        <translation>1 − Spezifität (Falsch-positiv-Rate)</translation>
    </message>
    <message>
        <source>Sensitivity (true-positive rate)</source>
        <translation>Sensitivität (Richtig-positiv-Rate)</translation>
    </message>
    <message>
        <source>No discrimination</source>
        <translation>Keine Diskrimination</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>Achsenabschnitt %1</translation>
    </message>
    <message>
        <source>slope %1</source>
        <translation>Steigung %1</translation>
    </message>
    <message>
        <source>Brier %1</source>
        <translation>Brier %1</translation>
    </message>
    <message>
        <source>Predicted risk (mean per group)</source>
        <translation>Vorhergesagtes Risiko (Mittelwert je Gruppe)</translation>
    </message>
    <message>
        <source>Observed proportion</source>
        <translation>Beobachteter Anteil</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-Intervall</translation>
    </message>
    <message>
        <source>Risk groups (%1)</source>
        <translation>Risikogruppen (%1)</translation>
    </message>
    <message>
        <source>Predicted risk by outcome</source>
        <translation>Vorhergesagtes Risiko nach Zielgröße</translation>
    </message>
    <message>
        <source>Predicted risk</source>
        <translation>Vorhergesagtes Risiko</translation>
    </message>
    <message>
        <source>% of the class</source>
        <translation>% der Klasse</translation>
    </message>
    <message>
        <source>Without the outcome (%1)</source>
        <translation>Ohne Ereignis (%1)</translation>
    </message>
    <message>
        <source>With the outcome (%1)</source>
        <translation>Mit Ereignis (%1)</translation>
    </message>
    <message>
        <source>Withheld (%1): somewhere in the hatched range</source>
        <translation>Zurückgehalten (%1): irgendwo im schraffierten Bereich</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <source>Distribution of %1: withheld by the site</source>
        <translation>Verteilung von %1: vom Standort zurückgehalten</translation>
    </message>
    <message>
        <source>Records per unit</source>
        <translation>Datensätze pro Einheit</translation>
    </message>
    <message>
        <source>%1 by level</source>
        <translation>%1 nach Ausprägung</translation>
    </message>
    <message>
        <source>Odds ratio</source>
        <translation>Odds Ratio</translation>
    </message>
    <message>
        <source>Rate ratio</source>
        <translation>Rate Ratio</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <source>95% CI lower</source>
        <translation>95%-KI untere Grenze</translation>
    </message>
    <message>
        <source>95% CI upper</source>
        <translation>95%-KI obere Grenze</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Teststatistik</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 untere Grenze</translation>
    </message>
    <message>
        <source>%1 upper</source>
        <translation>%1 obere Grenze</translation>
    </message>
    <message>
        <source>Withheld by the site: fewer than %1 records, or a count from which a small one could be derived.</source>
        <translation>Vom Standort zurückgehalten: weniger als %1 Datensätze oder eine Anzahl, aus der sich eine kleine Fallzahl ableiten ließe.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlend)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ausprägung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>% of cohort</source>
        <translation>% der Kohorte</translation>
    </message>
    <message>
        <source>Descriptives</source>
        <translation>Deskriptive Statistik</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>Kohortengröße</translation>
    </message>
    <message>
        <source>Variables and tables</source>
        <translation>Variablen und Tabellen</translation>
    </message>
    <message>
        <source>Chart of the selected variable</source>
        <translation>Diagramm der ausgewählten Variable</translation>
    </message>
    <message>
        <source>Table of the selected variable</source>
        <translation>Tabelle der ausgewählten Variable</translation>
    </message>
    <message>
        <source>Dataset %1: %2 records in the cohort.</source>
        <translation>Datenbestand %1: %2 Datensätze in der Kohorte.</translation>
    </message>
    <message>
        <source>%1 (numeric)</source>
        <translation>%1 (numerisch)</translation>
    </message>
    <message>
        <source>%1 (categories)</source>
        <translation>%1 (Kategorien)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file name %1 does not end in .png, .svg or .pdf. Add one of these endings to choose the format.</source>
        <translation>Der Dateiname %1 endet nicht auf .png, .svg oder .pdf. Hängen Sie eine dieser Endungen an, um das Format festzulegen.</translation>
    </message>
    <message>
        <source>There is no chart to export. Open a result first.</source>
        <translation>Es gibt kein Diagramm zum Exportieren. Öffnen Sie zuerst ein Ergebnis.</translation>
    </message>
    <message>
        <source>Fairstart chart</source>
        <translation>Fairstart-Diagramm</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>There is no table to export. Open a result first.</source>
        <translation>Es gibt keine Tabelle zum Exportieren. Öffnen Sie zuerst ein Ergebnis.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <source>Poisson regression</source>
        <translation>Poisson-Regression</translation>
    </message>
    <message>
        <source>Linear regression</source>
        <translation>Lineare Regression</translation>
    </message>
    <message>
        <source>Summary of the run</source>
        <translation>Zusammenfassung der Analyse</translation>
    </message>
    <message>
        <source>Export the chart of this page as PNG, SVG or PDF</source>
        <translation>Das Diagramm dieser Seite als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Export the table of this page as CSV</source>
        <translation>Die Tabelle dieser Seite als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>&amp;Bericht exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Export the whole result as a PDF report</source>
        <translation>Das gesamte Ergebnis als PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>Result pages</source>
        <translation>Ergebnisseiten</translation>
    </message>
    <message>
        <source>This run has no convergence trace.</source>
        <translation>Diese Analyse hat keinen Konvergenzverlauf.</translation>
    </message>
    <message>
        <source>This run has no performance results. Evaluation runs only for logistic models and only when the sites allow it.</source>
        <translation>Diese Analyse enthält keine Ergebnisse zur Modellgüte. Die Auswertung erfolgt nur bei logistischen Modellen und nur, wenn die Standorte sie erlauben.</translation>
    </message>
    <message>
        <source>This run has no calibration results. Evaluation runs only for logistic models and only when the sites allow it.</source>
        <translation>Diese Analyse enthält keine Ergebnisse zur Kalibrierung. Die Auswertung erfolgt nur bei logistischen Modellen und nur, wenn die Standorte sie erlauben.</translation>
    </message>
    <message>
        <source>This run has no predicted-risk distribution: it needs the performance results of a logistic model.</source>
        <translation>Diese Analyse enthält keine Verteilung der vorhergesagten Risiken: Dafür sind die Ergebnisse zur Modellgüte eines logistischen Modells nötig.</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Konvergenz</translation>
    </message>
    <message>
        <source>Coefficient table</source>
        <translation>Koeffiziententabelle</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest-Plot</translation>
    </message>
    <message>
        <source>%1: figures</source>
        <translation>%1: Abbildungen</translation>
    </message>
    <message>
        <source>Sites of the run</source>
        <translation>Standorte der Analyse</translation>
    </message>
    <message>
        <source>Estimates per site</source>
        <translation>Schätzwerte pro Standort</translation>
    </message>
    <message>
        <source>&amp;Show per site:</source>
        <translation>&amp;Pro Standort anzeigen:</translation>
    </message>
    <message>
        <source>Quantity shown per site</source>
        <translation>Angezeigte Größe pro Standort</translation>
    </message>
    <message>
        <source>Per-site chart</source>
        <translation>Diagramm pro Standort</translation>
    </message>
    <message>
        <source>Heterogeneity between sites</source>
        <translation>Heterogenität zwischen den Standorten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; on %3 records at %4 of %5 sites.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für &lt;b&gt;%2&lt;/b&gt; mit %3 Datensätzen an %4 von %5 Standorten.</translation>
    </message>
    <message>
        <source>Deviance %1, AIC %2, %3 rounds.</source>
        <translation>Devianz %1, AIC %2, %3 Runden.</translation>
    </message>
    <message>
        <source>Design %1.</source>
        <translation>Modellentwurf %1.</translation>
    </message>
    <message>
        <source>Converged after %1 evaluated coefficient vectors.</source>
        <translation>Konvergiert nach %1 ausgewerteten Koeffizientenvektoren.</translation>
    </message>
    <message>
        <source>Null deviance %1 on %2 df; residual deviance %3 on %4 df.</source>
        <translation>Nulldevianz %1 bei %2 FG; Residualdevianz %3 bei %4 FG.</translation>
    </message>
    <message>
        <source>Average precision %1.</source>
        <translation>Mittlere Präzision (Average Precision) %1.</translation>
    </message>
    <message>
        <source>At risk ≥ %1: sensitivity %2, specificity %3, PPV %4, NPV %5.</source>
        <translation>Bei Risiko ≥ %1: Sensitivität %2, Spezifität %3, PPW %4, NPW %5.</translation>
    </message>
    <message>
        <source>Brier score %1 (scaled %2).</source>
        <translation>Brier-Score %1 (skaliert %2).</translation>
    </message>
    <message>
        <source>Calibration intercept and slope were not computed in this run.</source>
        <translation>Achsenabschnitt und Steigung der Kalibrierung wurden in dieser Analyse nicht berechnet.</translation>
    </message>
    <message>
        <source>Calibration-in-the-large %1, observed/expected %2, E-avg %3, E-max %4.</source>
        <translation>Kalibrierung im Mittel %1, beobachtet/erwartet %2, E-avg %3, E-max %4.</translation>
    </message>
    <message>
        <source>Share of the records with and without the outcome in each band of predicted risk, derived from the ROC curve the sites released (no record-level data).</source>
        <translation>Anteil der Datensätze mit und ohne Ereignis in jedem Bereich des vorhergesagten Risikos, abgeleitet aus der von den Standorten freigegebenen ROC-Kurve (keine Daten einzelner Datensätze).</translation>
    </message>
    <message>
        <source>Coefficient: %1</source>
        <translation>Koeffizient: %1</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>AUC between sites: Cochran&apos;s Q = %1 on %2 df (p = %3), I² = %4.</source>
        <translation>AUC zwischen den Standorten: Cochrans Q = %1 bei %2 FG (p = %3), I² = %4.</translation>
    </message>
    <message>
        <source>Heterogeneity needs the AUC of at least two sites; fewer released it.</source>
        <translation>Für die Heterogenität ist die AUC von mindestens zwei Standorten nötig; weniger Standorte haben sie freigegeben.</translation>
    </message>
    <message>
        <source>Federated fit</source>
        <translation>Föderierte Schätzung</translation>
    </message>
    <message>
        <source>%1 between sites: Cochran&apos;s Q = %2 on %3 df (p = %4), I² = %5, τ² = %6. Inverse-variance pooled estimate %7 (SE %8).</source>
        <translation>%1 zwischen den Standorten: Cochrans Q = %2 bei %3 FG (p = %4), I² = %5, τ² = %6. Gepoolter Schätzwert (inverse Varianz) %7 (SE %8).</translation>
    </message>
    <message>
        <source>Heterogeneity needs the estimate of at least two sites.</source>
        <translation>Für die Heterogenität ist der Schätzwert von mindestens zwei Standorten nötig.</translation>
    </message>
    <message>
        <source>%1 per site</source>
        <translation>%1 pro Standort</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>Diese Seite hat kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>took part</source>
        <translation>teilgenommen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>Node version</source>
        <translation>Version des Knotens</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Version des Rechenkerns</translation>
    </message>
    <message>
        <source>Records used</source>
        <translation>Verwendete Datensätze</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 df</source>
        <translation>%1 bei %2 FG</translation>
    </message>
    <message>
        <source>Pooled (SE)</source>
        <translation>Gepoolt (SE)</translation>
    </message>
    <message>
        <source>Cochran&apos;s Q</source>
        <translation>Cochrans Q</translation>
    </message>
    <message>
        <source>p (heterogeneity)</source>
        <translation>p (Heterogenität)</translation>
    </message>
    <message>
        <source>I²</source>
        <translation>I²</translation>
    </message>
    <message>
        <source>This is not a published Fairstart model (or it comes from a newer version). Open a model published with this version of Fairstart.</source>
        <translation>Dies ist kein veröffentlichtes Fairstart-Modell (oder es stammt aus einer neueren Version). Öffnen Sie ein Modell, das mit dieser Version von Fairstart veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>The published model is damaged (%1). Ask the analyst who published it for a new copy.</source>
        <translation>Das veröffentlichte Modell ist beschädigt (%1). Bitten Sie die Person, die es veröffentlicht hat, um eine neue Kopie.</translation>
    </message>
    <message>
        <source>Model of %1</source>
        <translation>Modell für %1</translation>
    </message>
    <message>
        <source>%1 — reviewer mode</source>
        <translation>%1 — Ansicht für Fachkräfte</translation>
    </message>
    <message>
        <source>Reviewer mode</source>
        <translation>Ansicht für Fachkräfte</translation>
    </message>
    <message>
        <source>Model title</source>
        <translation>Modelltitel</translation>
    </message>
    <message>
        <source>Read-only. The calculator works on this computer only: nothing you type is sent anywhere or stored unless you save it.</source>
        <translation>Schreibgeschützt. Der Risikorechner arbeitet nur auf diesem Computer: Nichts, was Sie eingeben, wird irgendwohin gesendet oder aufbewahrt, solange Sie es nicht selbst speichern.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <source>Reviewer pages</source>
        <translation>Seiten der Ansicht für Fachkräfte</translation>
    </message>
    <message>
        <source>Risk &amp;calculator</source>
        <translation>&amp;Risikorechner</translation>
    </message>
    <message>
        <source>&amp;About the model</source>
        <translation>&amp;Über das Modell</translation>
    </message>
    <message>
        <source>&amp;Reset values</source>
        <translation>Werte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all values to the typical values</source>
        <translation>Alle Werte auf die typischen Werte zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save calculation…</source>
        <translation>Berechnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Save this calculation to a file</source>
        <translation>Diese Berechnung in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Parent information sheet…</source>
        <translation>&amp;Informationsblatt für Eltern…</translation>
    </message>
    <message>
        <source>Save the information sheet for parents as PDF</source>
        <translation>Das Informationsblatt für Eltern als PDF speichern</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>Was das Modell vorhersagt</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message numerus="yes">
        <source>The children in the data of the %n participating organisation(s).</source>
        <translation>
            <numerusform>Die Kinder in den Daten der %n beteiligten Organisation.</numerusform>
            <numerusform>Die Kinder in den Daten der %n beteiligten Organisationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built from %1 children at %n organisation(s) without their records leaving those organisations.</source>
        <translation>
            <numerusform>Erstellt aus den Daten von %1 Kindern bei %n Organisation, ohne dass ihre Datensätze diese Organisation verlassen haben.</numerusform>
            <numerusform>Erstellt aus den Daten von %1 Kindern bei %n Organisationen, ohne dass ihre Datensätze diese Organisationen verlassen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Description of the model</source>
        <translation>Beschreibung des Modells</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>Wie gut das Modell ist</translation>
    </message>
    <message>
        <source>Performance in plain words</source>
        <translation>Modellgüte in einfachen Worten</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <source>Calibration plot</source>
        <translation>Kalibrierungsdiagramm</translation>
    </message>
    <message>
        <source>The sites released no performance figures for this model.</source>
        <translation>Die Standorte haben für dieses Modell keine Zahlen zur Modellgüte freigegeben.</translation>
    </message>
    <message>
        <source>Its high and low risks are somewhat too extreme (calibration slope %1).</source>
        <translation>Seine hohen und niedrigen Risiken sind etwas zu extrem (Steigung der Kalibrierung %1).</translation>
    </message>
    <message>
        <source>Its high and low risks are somewhat too cautious (calibration slope %1).</source>
        <translation>Seine hohen und niedrigen Risiken sind etwas zu vorsichtig (Steigung der Kalibrierung %1).</translation>
    </message>
    <message>
        <source>Its high and low risks match what was observed (calibration slope %1).</source>
        <translation>Seine hohen und niedrigen Risiken stimmen mit dem Beobachteten überein (Steigung der Kalibrierung %1).</translation>
    </message>
    <message>
        <source>These figures come from the same children the model was built on, so in new children it may do slightly worse.</source>
        <translation>Diese Zahlen stammen von denselben Kindern, mit denen das Modell erstellt wurde; bei neuen Kindern kann es daher etwas schlechter abschneiden.</translation>
    </message>
    <message>
        <source>The child&apos;s values</source>
        <translation>Die Werte des Kindes</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>What raises or lowers the risk</source>
        <translation>Was das Risiko erhöht oder senkt</translation>
    </message>
    <message>
        <source>This is an estimate for children with the same values, not a diagnosis. Use it together with your own judgement and what the family tells you.</source>
        <translation>Dies ist ein Schätzwert für Kinder mit denselben Werten, keine Diagnose. Nutzen Sie ihn zusammen mit Ihrer eigenen Einschätzung und dem, was die Familie Ihnen erzählt.</translation>
    </message>
    <message>
        <source>Expected rate: %1 (95% interval %2 to %3).</source>
        <translation>Erwartete Rate: %1 (95%-Intervall %2 bis %3).</translation>
    </message>
    <message>
        <source>Expected value: %1 (95% interval of the mean %2 to %3).</source>
        <translation>Erwarteter Wert: %1 (95%-Intervall des Mittelwerts %2 bis %3).</translation>
    </message>
    <message>
        <source>%1 = %2 raises it (with %3 it would be %4).</source>
        <translation>%1 = %2 erhöht den Schätzwert (mit %3 läge er bei %4).</translation>
    </message>
    <message>
        <source>%1 = %2 lowers it (with %3 it would be %4).</source>
        <translation>%1 = %2 senkt den Schätzwert (mit %3 läge er bei %4).</translation>
    </message>
    <message>
        <source>All values are at their typical or reference value, so no factor raises or lowers the estimate.</source>
        <translation>Alle Werte liegen auf ihrem typischen Wert oder Referenzwert, daher erhöht oder senkt kein Faktor den Schätzwert.</translation>
    </message>
    <message>
        <source>What moves the estimate most, compared with a typical value:</source>
        <translation>Was den Schätzwert im Vergleich zu einem typischen Wert am stärksten verändert:</translation>
    </message>
    <message>
        <source>Save calculation</source>
        <translation>Berechnung speichern</translation>
    </message>
    <message>
        <source>There is no result to save: correct the values first.</source>
        <translation>Es gibt kein Ergebnis zum Speichern: Korrigieren Sie zuerst die Werte.</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>Textdatei (*.txt)</translation>
    </message>
    <message>
        <source>Model design %1</source>
        <translation>Modellentwurf %1</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save the calculation: %1. Choose another folder and try again.</source>
        <translation>Die Berechnung konnte nicht gespeichert werden: %1. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Save parent information sheet</source>
        <translation>Informationsblatt für Eltern speichern</translation>
    </message>
    <message>
        <source>This model cannot be used for calculations: its coefficients do not match its design. Ask the analyst who published it for a new copy.</source>
        <translation>Dieses Modell kann nicht für Berechnungen verwendet werden: Seine Koeffizienten passen nicht zu seinem Entwurf. Bitten Sie die Person, die es veröffentlicht hat, um eine neue Kopie.</translation>
    </message>
    <message>
        <source>This model cannot be used for calculations: the levels of %1 are missing. Ask the analyst for a new copy.</source>
        <translation>Dieses Modell kann nicht für Berechnungen verwendet werden: Die Ausprägungen von %1 fehlen. Bitten Sie die Person, die die Analyse durchgeführt hat, um eine neue Kopie.</translation>
    </message>
    <message>
        <source>Enter a value for %1.</source>
        <translation>Geben Sie einen Wert für %1 ein.</translation>
    </message>
    <message>
        <source>Choose one of the listed values for %1.</source>
        <translation>Wählen Sie für %1 einen der aufgeführten Werte.</translation>
    </message>
    <message>
        <source>Enter a number for %1.</source>
        <translation>Geben Sie eine Zahl für %1 ein.</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3; enter a value in that range.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; geben Sie einen Wert in diesem Bereich ein.</translation>
    </message>
    <message>
        <source>The values could not be turned into the model&apos;s terms.</source>
        <translation>Die Werte konnten nicht in die Terme des Modells umgerechnet werden.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Run on sites</source>
        <translation>An Standorten ausführen</translation>
    </message>
    <message>
        <source>Sites to run on</source>
        <translation>Standorte für die Analyse</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>Each site checks the purpose against your token and its consent records, and checks every number against its disclosure rules before releasing it.</source>
        <translation>Jeder Standort prüft den Zweck anhand Ihres Tokens und seiner Einwilligungsdaten und prüft jede Zahl anhand seiner Offenlegungsregeln, bevor er sie freigibt.</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Standorte:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datenbestand:</translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation>Fortschritt pro Standort</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>Analyse s&amp;toppen</translation>
    </message>
    <message>
        <source>Choose at least one site and a purpose.</source>
        <translation>Wählen Sie mindestens einen Standort und einen Zweck.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>Round %1 done: deviance %2 (%3 ms)</source>
        <translation>Runde %1 fertig: Devianz %2 (%3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>Finished: the model converged in %n round(s).</source>
        <translation>
            <numerusform>Fertig: Das Modell ist nach %n Runde konvergiert.</numerusform>
            <numerusform>Fertig: Das Modell ist nach %n Runden konvergiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 refused the request; nothing was computed there. See its row for the rule.</source>
        <translation>%1 hat die Anfrage abgelehnt; dort wurde nichts berechnet. Die Regel steht in der Zeile dieses Standorts.</translation>
    </message>
    <message>
        <source>The run was stopped. Open jobs at the sites were cancelled.</source>
        <translation>Die Analyse wurde gestoppt. Offene Aufträge an den Standorten wurden abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>cohort ≥ %1, cells ≥ %2, %3 events per parameter, ≤ %4 rounds</source>
        <translation>Kohorte ≥ %1, Zellen ≥ %2, %3 Ereignisse pro Parameter, ≤ %4 Runden</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Fairstart Workbench: design risk models and run them where the data are.</source>
        <translation>Fairstart Workbench: Risikomodelle entwerfen und dort ausführen, wo die Daten liegen.</translation>
    </message>
    <message>
        <source>Open the sites of a sites file (as written by make demo).</source>
        <translation>Die Standorte aus einer Standortdatei öffnen (wie sie von make demo geschrieben wird).</translation>
    </message>
    <message>
        <source>Write a picture of the window to a PNG file after a few seconds, then quit (for documentation).</source>
        <translation>Nach einigen Sekunden ein Bild des Fensters als PNG-Datei speichern und dann beenden (für die Dokumentation).</translation>
    </message>
    <message>
        <source>Start the design from an R-style formula (logistic model).</source>
        <translation>Den Entwurf mit einer Formel im R-Stil beginnen (logistisches Modell).</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Left out %1: a risk threshold is a number between 0 and 1, such as %2.</source>
        <translation>%1 weggelassen: Eine Risikoschwelle ist eine Zahl zwischen 0 und 1, etwa %2.</translation>
    </message>
    <message>
        <source>Fairstart has no &apos;%1&apos; translation, so the sheet in that language was not written. Choose one of: %2.</source>
        <translation>Fairstart hat keine Übersetzung &apos;%1&apos;, daher wurde das Informationsblatt in dieser Sprache nicht erstellt. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>&amp;Open Results of Run</source>
        <translation>Ergebnisse der Analyse ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Publish Model…</source>
        <translation>Modell &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Store the model in the Results panel in the workspace, read-only, for reviewer mode and the parent sheet.</source>
        <translation>Speichert das Modell aus dem Bereich Ergebnisse schreibgeschützt im Arbeitsbereich, für die Ansicht für Fachkräfte und das Informationsblatt für Eltern.</translation>
    </message>
    <message>
        <source>Open Published Model in &amp;Reviewer Mode…</source>
        <translation>Veröffentlichtes Modell in der Ansicht für &amp;Fachkräfte öffnen…</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>Open the workspace first.</source>
        <translation>Öffnen Sie zuerst den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This run has no stored result: it did not finish (see the Sites column for what each site answered). Run the design again.</source>
        <translation>Für diese Analyse ist kein Ergebnis gespeichert: Sie wurde nicht abgeschlossen (in der Spalte Standorte steht, was jeder Standort geantwortet hat). Führen Sie den Entwurf erneut aus.</translation>
    </message>
    <message>
        <source>The stored result of this run cannot be read (%1). Run the design again to get a new result.</source>
        <translation>Das gespeicherte Ergebnis dieser Analyse kann nicht gelesen werden (%1). Führen Sie den Entwurf erneut aus, um ein neues Ergebnis zu erhalten.</translation>
    </message>
    <message>
        <source>Showing the results of the run of %1.</source>
        <translation>Ergebnisse der Analyse vom %1.</translation>
    </message>
    <message>
        <source>Open the workspace first: published models are stored in it.</source>
        <translation>Öffnen Sie zuerst den Arbeitsbereich: Veröffentlichte Modelle werden dort gespeichert.</translation>
    </message>
    <message>
        <source>Open the results of a finished run first (double-click it under Runs).</source>
        <translation>Öffnen Sie zuerst die Ergebnisse einer abgeschlossenen Analyse (Doppelklick darauf unter Analysen).</translation>
    </message>
    <message>
        <source>Publish model</source>
        <translation>Modell veröffentlichen</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos;. Open it with File ▸ Open Published Model in Reviewer Mode.</source>
        <translation>&apos;%1&apos; ist veröffentlicht. Öffnen Sie es über Datei ▸ Veröffentlichtes Modell in der Ansicht für Fachkräfte öffnen.</translation>
    </message>
    <message>
        <source>There is no published model %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein veröffentlichtes Modell %1.</translation>
    </message>
    <message>
        <source>This workspace has no published models yet. Open the results of a run and choose Design ▸ Publish Model.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine veröffentlichten Modelle. Öffnen Sie die Ergebnisse einer Analyse und wählen Sie Entwurf ▸ Modell veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (veröffentlicht am %2)</translation>
    </message>
    <message>
        <source>Published &amp;model:</source>
        <translation>Veröffentlichtes &amp;Modell:</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>Risiko für %1</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Erwartete(r) %1</translation>
    </message>
    <message>
        <source>The chance of %1.</source>
        <translation>Die Wahrscheinlichkeit für %1.</translation>
    </message>
    <message>
        <source>The expected %1.</source>
        <translation>Der erwartete Wert von %1.</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>einen Titel</translation>
    </message>
    <message>
        <source>what the model predicts</source>
        <translation>was das Modell vorhersagt</translation>
    </message>
    <message>
        <source>Fill in %1: professionals and parents read it.</source>
        <translation>Bitte ergänzen Sie %1: Fachkräfte und Eltern lesen diese Angaben.</translation>
    </message>
    <message>
        <source>A published model can no longer be changed. Professionals open it in reviewer mode and use its risk calculator; parents get an information sheet with these words.</source>
        <translation>Ein veröffentlichtes Modell kann nicht mehr geändert werden. Fachkräfte öffnen es in der Ansicht für Fachkräfte und nutzen den Risikorechner; Eltern erhalten ein Informationsblatt mit diesen Worten.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. children born in the participating hospitals, 2015–2020</source>
        <translation>z. B. Kinder, die 2015–2020 in den teilnehmenden Kliniken geboren wurden</translation>
    </message>
    <message>
        <source>Which information it uses</source>
        <translation>Welche Angaben es verwendet</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>e.g. your youth health nurse</source>
        <translation>z. B. Ihre Ansprechperson beim Kindergesundheitsdienst</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What it &amp;predicts:</source>
        <translation>Was es &amp;vorhersagt:</translation>
    </message>
    <message>
        <source>For &amp;whom:</source>
        <translation>Für &amp;wen:</translation>
    </message>
    <message>
        <source>&amp;Information used:</source>
        <translation>Verwendete &amp;Angaben:</translation>
    </message>
    <message>
        <source>Whom to &amp;ask:</source>
        <translation>&amp;Ansprechperson:</translation>
    </message>
    <message>
        <source>from, typical and to for %1 (the calculator starts at the typical value and accepts values from … to)</source>
        <translation>Von, Typisch und Bis für %1 (der Rechner beginnt beim typischen Wert und nimmt Werte von … bis an)</translation>
    </message>
    <message>
        <source>a typical value between from and to for %1</source>
        <translation>einen typischen Wert zwischen Von und Bis für %1</translation>
    </message>
    <message>
        <source>Calculator fields</source>
        <translation>Felder des Rechners</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Typisch</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Calculator &amp;fields:</source>
        <translation>&amp;Felder des Rechners:</translation>
    </message>
    <message>
        <source>%1, % yes</source>
        <translation>%1, % ja</translation>
    </message>
    <message>
        <source>%1, mean (SD)</source>
        <translation>%1, Mittelwert (SD)</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>nicht beschrieben</translation>
    </message>
    <message>
        <source>%1, n (%)</source>
        <translation>%1, n (%)</translation>
    </message>
    <message>
        <source>%1, yes, n (%)</source>
        <translation>%1, ja, n (%)</translation>
    </message>
    <message>
        <source>withheld at %1</source>
        <translation>zurückgehalten am Standort %1</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Table 1: the cohort by site</source>
        <translation>Tabelle 1: die Kohorte je Standort</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>Tabelle 1</translation>
    </message>
    <message>
        <source>Descriptives by site and pooled</source>
        <translation>Deskriptive Statistik je Standort und gepoolt</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>Tabelle &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the table as HTML (for a word processor) and CSV text.</source>
        <translation>Kopiert die Tabelle als HTML (für eine Textverarbeitung) und als CSV-Text.</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>Counts below a site&apos;s threshold are withheld (&quot;&lt; n&quot;) and are not added into the pooled column.</source>
        <translation>Anzahlen unter der Schwelle eines Standorts werden zurückgehalten („&lt; n“) und nicht in die gepoolte Spalte aufgenommen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no variable at %2 (1 for yes, 0 for no): use it as is; the model then estimates the effect of yes against no.</source>
        <translation>&apos;%1&apos; ist am Standort %2 eine Ja/Nein-Variable (1 für ja, 0 für nein): Verwenden Sie sie unverändert; das Modell schätzt dann den Effekt von ja gegenüber nein.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; is a number at %2, but a logistic model needs a yes/no outcome: choose a yes/no variable, set &quot;yes when above&quot; on the outcome, or choose a Poisson or linear model.</source>
        <translation>Die Zielgröße &apos;%1&apos; ist am Standort %2 eine Zahl, ein logistisches Modell braucht aber eine Ja/Nein-Zielgröße: Wählen Sie eine Ja/Nein-Variable, stellen Sie „ja, wenn über“ für die Zielgröße ein oder wählen Sie ein Poisson- oder lineares Modell.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Table 1: Cohort by Site…</source>
        <translation>&amp;Tabelle 1: Kohorte je Standort…</translation>
    </message>
    <message>
        <source>Describe the design&apos;s variables at every site and pooled (released aggregates only).</source>
        <translation>Beschreibt die Variablen des Entwurfs je Standort und gepoolt (nur freigegebene Aggregate).</translation>
    </message>
    <message>
        <source>Policymaker &amp;Dashboard…</source>
        <translation>&amp;Übersicht für Entscheidungsträger…</translation>
    </message>
    <message>
        <source>Indicators per site from the released counts, with suppressed counts shown as such.</source>
        <translation>Indikatoren je Standort aus den freigegebenen Anzahlen; zurückgehaltene Anzahlen werden als solche angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Analyses</source>
        <translation>A&amp;uswertungen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The model was fitted and is shown; its evaluation failed: %1</source>
        <translation>Das Modell wurde angepasst und wird angezeigt; seine Bewertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The run finished; the results are shown and stored in the workspace.</source>
        <translation>Die Analyse ist abgeschlossen; die Ergebnisse werden angezeigt und sind im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>The run finished; the results are shown.</source>
        <translation>Die Analyse ist abgeschlossen; die Ergebnisse werden angezeigt.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>No site is online. Add sites (Sites ▸ Add Site) and check them (F5); the descriptives come from the sites that answer.</source>
        <translation>Kein Standort ist erreichbar. Fügen Sie Standorte hinzu (Standorte ▸ Standort hinzufügen) und prüfen Sie sie (F5); die deskriptive Statistik kommt von den Standorten, die antworten.</translation>
    </message>
    <message>
        <source>The sites list no purpose or dataset for your tokens: ask the site administrators which purposes your tokens allow.</source>
        <translation>Die Standorte nennen für Ihre Tokens keinen Zweck und keinen Datenbestand: Fragen Sie die Administratoren der Standorte, welche Zwecke Ihre Tokens erlauben.</translation>
    </message>
    <message>
        <source>The sites&apos; catalogues have no categorical variable to make an indicator of.</source>
        <translation>Die Kataloge der Standorte enthalten keine kategoriale Variable, aus der sich ein Indikator bilden ließe.</translation>
    </message>
    <message>
        <source>None of the design&apos;s variables is in the sites&apos; catalogues. Check the sites (F5) and choose catalogue variables.</source>
        <translation>Keine Variable des Entwurfs steht in den Katalogen der Standorte. Prüfen Sie die Standorte (F5) und wählen Sie Variablen aus dem Katalog.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for descriptives…</source>
        <translation>
            <numerusform>%n Standort wird nach deskriptiver Statistik gefragt…</numerusform>
            <numerusform>%n Standorte werden nach deskriptiver Statistik gefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>No site released descriptives. %1</source>
        <translation>Kein Standort hat deskriptive Statistik freigegeben. %1</translation>
    </message>
    <message>
        <source>Dashboard — purpose %1</source>
        <translation>Übersicht — Zweck %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>The sites reported no missing values.</source>
        <translation>Die Standorte haben keine fehlenden Werte gemeldet.</translation>
    </message>
    <message>
        <source>%1 [95% CI]</source>
        <translation>%1 [95%-KI]</translation>
    </message>
    <message>
        <source>1 (reference)</source>
        <translation>1 (Referenz)</translation>
    </message>
    <message>
        <source>0 (reference)</source>
        <translation>0 (Referenz)</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 [%2%3%4]</source>
        <translation>%1 [%2%3%4]</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Estimate [95% CI]</source>
        <translation>Schätzung [95%-KI]</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <source>RR</source>
        <translation>RR</translation>
    </message>
    <message>
        <source>Reference level: the other levels are compared with it.</source>
        <translation>Referenzstufe: Die anderen Stufen werden mit ihr verglichen.</translation>
    </message>
    <message>
        <source>Design column %1</source>
        <translation>Entwurfsspalte %1</translation>
    </message>
    <message>
        <source>Results document</source>
        <translation>Ergebnisdokument</translation>
    </message>
    <message>
        <source>&amp;Copy Table (HTML and CSV)</source>
        <translation>Tabelle &amp;kopieren (HTML und CSV)</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Study and signatures</source>
        <translation>Studie und Signaturen</translation>
    </message>
    <message>
        <source>Signatures per site</source>
        <translation>Signaturen je Standort</translation>
    </message>
    <message>
        <source>Masked aggregation (the client saw only the sums of all sites)</source>
        <translation>Maskierte Aggregation (der Client sah nur die Summen über alle Standorte)</translation>
    </message>
    <message>
        <source>Plain aggregation (each site&apos;s statistics were visible to the client)</source>
        <translation>Einfache Aggregation (die Statistiken jedes Standorts waren für den Client sichtbar)</translation>
    </message>
    <message>
        <source>Aggregation &quot;%1&quot;</source>
        <translation>Aggregation „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 by %n site(s): %2.</source>
        <translation>
            <numerusform>%1 durch %n Standort: %2.</numerusform>
            <numerusform>%1 durch %n Standorte: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed (not contributing): %1.</source>
        <translation>Beobachter (ohne Beitrag): %1.</translation>
    </message>
    <message>
        <source>Every site signed this result: each signed the study manifest and the final coefficients, and every signature verified against the site&apos;s pinned key.</source>
        <translation>Jeder Standort hat dieses Ergebnis signiert: Jeder signierte das Studienmanifest und die endgültigen Koeffizienten, und jede Signatur wurde mit dem hinterlegten Schlüssel des Standorts geprüft.</translation>
    </message>
    <message>
        <source>%1: no signature check recorded</source>
        <translation>%1: keine Signaturprüfung aufgezeichnet</translation>
    </message>
    <message>
        <source>the manifest signature did not verify</source>
        <translation>die Signatur des Manifests ließ sich nicht prüfen</translation>
    </message>
    <message>
        <source>the final coefficients were not attested</source>
        <translation>die endgültigen Koeffizienten wurden nicht attestiert</translation>
    </message>
    <message>
        <source>Not every site&apos;s signature verified — %1. Do not rely on this result before the sites&apos; administrators have looked at it.</source>
        <translation>Nicht jede Signatur der Standorte wurde bestätigt — %1. Verlassen Sie sich nicht auf dieses Ergebnis, bevor die Administratoren der Standorte es geprüft haben.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT geprüft</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signed manifest</source>
        <translation>Manifest signiert</translation>
    </message>
    <message>
        <source>Signed final coefficients</source>
        <translation>Endgültige Koeffizienten signiert</translation>
    </message>
    <message>
        <source>%1 (log)</source>
        <translation>%1 (log)</translation>
    </message>
    <message>
        <source>%1 (per SD)</source>
        <translation>%1 (je SD)</translation>
    </message>
    <message>
        <source>%1 (winsorised)</source>
        <translation>%1 (winsorisiert)</translation>
    </message>
    <message>
        <source>%1 (spline term %2)</source>
        <translation>%1 (Spline-Term %2)</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Achsenabschnitt</translation>
    </message>
    <message>
        <source>%1: %2 (reference)</source>
        <translation>%1: %2 (Referenz)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>fitting the model</source>
        <translation>Modell anpassen</translation>
    </message>
    <message>
        <source>calibration slope</source>
        <translation>Steigung der Kalibrierung</translation>
    </message>
    <message>
        <source>calibration intercept</source>
        <translation>Achsenabschnitt der Kalibrierung</translation>
    </message>
    <message>
        <source>fitting the model at each site alone</source>
        <translation>Modell an jedem Standort einzeln anpassen</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, Runde %2</translation>
    </message>
    <message>
        <source>%1: opening the jobs</source>
        <translation>%1: Jobs eröffnen</translation>
    </message>
    <message>
        <source>%1: final coefficients</source>
        <translation>%1: endgültige Koeffizienten</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>asking the sites who they are</source>
        <translation>Standorte nach ihrer Identität fragen</translation>
    </message>
    <message>
        <source>reading the catalogues</source>
        <translation>Kataloge lesen</translation>
    </message>
    <message>
        <source>reading the cohort&apos;s descriptives</source>
        <translation>deskriptive Statistik der Kohorte lesen</translation>
    </message>
    <message>
        <source>resolving the design</source>
        <translation>Entwurf auflösen</translation>
    </message>
    <message>
        <source>evaluating the model</source>
        <translation>Modell bewerten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Left out after a failure: %1</source>
        <translation>Nach einem Fehler ausgelassen: %1</translation>
    </message>
    <message>
        <source>Not part of the finished run.</source>
        <translation>Nicht Teil der abgeschlossenen Analyse.</translation>
    </message>
    <message>
        <source>Stopped: the run was cancelled.</source>
        <translation>Angehalten: Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Stopped because %1 failed.</source>
        <translation>Angehalten, weil %1 fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The model was fitted; the evaluation stopped: %1</source>
        <translation>Das Modell wurde angepasst; die Bewertung wurde angehalten: %1</translation>
    </message>
    <message>
        <source>This node is already in the list as &quot;%1&quot; (same address and pin). A node added twice would count its records twice: use the existing entry.</source>
        <translation>Dieser Knoten steht bereits als „%1“ in der Liste (gleiche Adresse und gleicher Pin). Ein doppelt hinzugefügter Knoten würde seine Datensätze doppelt zählen: Verwenden Sie den vorhandenen Eintrag.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; is already in the list. Choose another name.</source>
        <translation>Ein Standort namens „%1“ steht bereits in der Liste. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>fairstart: there is no display to open the workbench on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session, or use fairstart-cli in a terminal. &apos;fairstart --help&apos; lists the options.</source>
        <translation>fairstart: Es gibt keine Anzeige, auf der die Werkbank geöffnet werden kann (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie sie aus einer Desktop-Sitzung oder verwenden Sie fairstart-cli in einem Terminal. &apos;fairstart --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Funnel plot: rate against size</source>
        <translation>Funnel-Plot: Rate gegen Größe</translation>
    </message>
    <message>
        <source>Per area</source>
        <translation>Je Gebiet</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Funnel-Plot</translation>
    </message>
    <message>
        <source>%1 = %2 against the size of the area</source>
        <translation>%1 = %2 gegen die Größe des Gebiets</translation>
    </message>
    <message>
        <source>The funnel plot and its pooled rate leave out %1: their counts are withheld.</source>
        <translation>Der Funnel-Plot und seine zusammengefasste Rate lassen %1 aus: Ihre Anzahlen werden zurückgehalten.</translation>
    </message>
    <message>
        <source>Records (size of the area)</source>
        <translation>Datensätze (Größe des Gebiets)</translation>
    </message>
    <message>
        <source>Pooled rate %1</source>
        <translation>Zusammengefasste Rate %1</translation>
    </message>
    <message>
        <source>95% limits</source>
        <translation>95%-Grenzen</translation>
    </message>
    <message>
        <source>99.8% limits</source>
        <translation>99,8%-Grenzen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>The interaction was added but not fully connected: %1</source>
        <translation>Die Interaktion wurde hinzugefügt, aber nicht vollständig verbunden: %1</translation>
    </message>
    <message>
        <source>Accept Changed &amp;Keys…</source>
        <translation>Geänderte &amp;Schlüssel akzeptieren…</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>Analysen &amp;vergleichen</translation>
    </message>
    <message>
        <source>Show the two selected runs side by side.</source>
        <translation>Die beiden ausgewählten Analysen nebeneinander anzeigen.</translation>
    </message>
    <message>
        <source>&amp;Validate Across Sites (Leave One Out)…</source>
        <translation>Über Standorte &amp;validieren (je einen auslassen)…</translation>
    </message>
    <message>
        <source>Fit the design on all sites but one and evaluate it at the one left out, for every site; pooled per measure.</source>
        <translation>Den Entwurf an allen Standorten bis auf einen anpassen und am ausgelassenen evaluieren, für jeden Standort; je Maß zusammengefasst.</translation>
    </message>
    <message>
        <source>Accept changed keys…</source>
        <translation>Geänderte Schlüssel akzeptieren…</translation>
    </message>
    <message>
        <source>Select two runs to compare (Ctrl+click the second).</source>
        <translation>Wählen Sie zwei Analysen zum Vergleichen aus (Strg+Klick auf die zweite).</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Analysen vergleichen</translation>
    </message>
    <message>
        <source>Close workspace</source>
        <translation>Arbeitsbereich schließen</translation>
    </message>
    <message>
        <source>The run of %1 has no stored result: it did not finish. Compare finished runs.</source>
        <translation>Die Analyse vom %1 hat kein gespeichertes Ergebnis: Sie wurde nicht abgeschlossen. Vergleichen Sie abgeschlossene Analysen.</translation>
    </message>
    <message>
        <source>The stored result of a run cannot be read (%1).</source>
        <translation>Das gespeicherte Ergebnis einer Analyse kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Analyse vom %1</translation>
    </message>
    <message>
        <source>Close Fairstart</source>
        <translation>Fairstart schließen</translation>
    </message>
    <message>
        <source>Close anyway and lose the unsaved changes?</source>
        <translation>Trotzdem schließen und die nicht gespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Validate across sites</source>
        <translation>Über Standorte validieren</translation>
    </message>
    <message>
        <source>Validation measures discrimination and calibration of a risk model: set the Model block to logistic regression (a yes/no outcome) first.</source>
        <translation>Die Validierung misst Trennschärfe und Kalibrierung eines Risikomodells: Stellen Sie den Modellblock zuerst auf logistische Regression (eine Ja/Nein-Zielgröße).</translation>
    </message>
    <message>
        <source>The validation finished; its results are in the Validation section.</source>
        <translation>Die Validierung ist abgeschlossen; die Ergebnisse stehen im Abschnitt Validierung.</translation>
    </message>
    <message>
        <source>The validation stopped: %1</source>
        <translation>Die Validierung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Validation (leave one site out)</source>
        <translation>Validierung (je einen Standort auslassen)</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each of the %1 sites the model was fitted on all other sites and evaluated at the site left out; %2 sites released their evaluation. Each measure is pooled with a random-effects model (REML, Knapp–Hartung 95% CI, 95% prediction interval for a new site), the AUC on the logit scale and observed/expected on the log scale.</source>
        <translation>Intern-externe Kreuzvalidierung: Für jeden der %1 Standorte wurde das Modell an allen anderen Standorten angepasst und am ausgelassenen Standort evaluiert; %2 Standorte haben ihre Evaluation freigegeben. Jedes Maß ist mit einem Modell mit Zufallseffekten zusammengefasst (REML, Knapp-Hartung-95%-KI, 95%-Vorhersageintervall für einen neuen Standort), die AUC auf der Logit-Skala und beobachtet/erwartet auf der Log-Skala.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Zusammengefasst</translation>
    </message>
    <message>
        <source>95% prediction interval</source>
        <translation>95%-Vorhersageintervall</translation>
    </message>
    <message>
        <source>τ²</source>
        <translation>τ²</translation>
    </message>
    <message>
        <source>Held-out site</source>
        <translation>Ausgelassener Standort</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Steigung der Kalibrierung</translation>
    </message>
    <message>
        <source>Calibration-in-the-large</source>
        <translation>Kalibrierung im Mittel</translation>
    </message>
    <message>
        <source>O/E</source>
        <translation>B/E</translation>
    </message>
    <message>
        <source>Model performance (apparent)</source>
        <translation>Modellgüte (scheinbar)</translation>
    </message>
    <message>
        <source>Apparent performance, on the records the model was fitted on.</source>
        <translation>Scheinbare Modellgüte, auf den Datensätzen, an die das Modell angepasst wurde.</translation>
    </message>
    <message>
        <source>Discrimination: apparent AUC %1 (95% CI %2 to %3, DeLong).</source>
        <translation>Trennschärfe: scheinbare AUC %1 (95%-KI %2 bis %3, DeLong).</translation>
    </message>
    <message>
        <source>Apparent calibration intercept %1.</source>
        <translation>Scheinbarer Achsenabschnitt der Kalibrierung %1.</translation>
    </message>
    <message>
        <source>Apparent calibration slope %1 (1 by construction on the development data).</source>
        <translation>Scheinbare Steigung der Kalibrierung %1 (auf den Entwicklungsdaten konstruktionsbedingt 1).</translation>
    </message>
    <message>
        <source>Apparent AUC</source>
        <translation>Scheinbare AUC</translation>
    </message>
    <message>
        <source>Section 9 reports apparent performance on the development data; the validation in section 11 shows performance at sites the model was not fitted on.</source>
        <translation>Abschnitt 9 berichtet die scheinbare Modellgüte auf den Entwicklungsdaten; die Validierung in Abschnitt 11 zeigt die Modellgüte an Standorten, an denen das Modell nicht angepasst wurde.</translation>
    </message>
    <message>
        <source>apparent AUC %1 (95% CI %2 to %3)</source>
        <translation>scheinbare AUC %1 (95%-KI %2 bis %3)</translation>
    </message>
    <message>
        <source>Calibration (apparent)</source>
        <translation>Kalibrierung (scheinbar)</translation>
    </message>
    <message>
        <source>Risk threshold</source>
        <translation>Risikoschwellenwert</translation>
    </message>
    <message>
        <source>Net benefit</source>
        <translation>Nettonutzen</translation>
    </message>
    <message>
        <source>Treat none</source>
        <translation>Niemanden behandeln</translation>
    </message>
    <message>
        <source>Treat all</source>
        <translation>Alle behandeln</translation>
    </message>
    <message>
        <source>Model, all sites</source>
        <translation>Modell, alle Standorte</translation>
    </message>
    <message>
        <source>Thresholds of the Evaluation block</source>
        <translation>Schwellenwerte des Blocks Evaluation</translation>
    </message>
    <message>
        <source>Decision curve (apparent): net benefit by risk threshold</source>
        <translation>Entscheidungskurve (scheinbar): Nettonutzen nach Risikoschwellenwert</translation>
    </message>
    <message>
        <source>Random effects (REML)</source>
        <translation>Zufallseffekte (REML)</translation>
    </message>
    <message>
        <source>[%1%2%3]</source>
        <translation>[%1%2%3]</translation>
    </message>
    <message>
        <source>Random effects (REML, Knapp–Hartung): %1 (95% CI %2 to %3), 95% prediction interval %4 to %5, τ² = %6 on the scale it was pooled on.</source>
        <translation>Zufallseffekte (REML, Knapp-Hartung): %1 (95%-KI %2 bis %3), 95%-Vorhersageintervall %4 bis %5, τ² = %6 auf der Skala, auf der zusammengefasst wurde.</translation>
    </message>
    <message>
        <source>This run has no decision curve: it needs the performance results of a logistic model and a risk threshold in the Evaluation block.</source>
        <translation>Diese Analyse hat keine Entscheidungskurve: Dafür sind die Ergebnisse zur Modellgüte eines logistischen Modells und ein Risikoschwellenwert im Block Evaluation nötig.</translation>
    </message>
    <message>
        <source>Decision curve</source>
        <translation>Entscheidungskurve</translation>
    </message>
    <message>
        <source>Apparent AUC %1 (95% CI %2 to %3; DeLong), binning error at most %4. Apparent: the model is scored on the records it was fitted on, which is optimistic; see the validation for performance at sites left out.</source>
        <translation>Scheinbare AUC %1 (95%-KI %2 bis %3; DeLong), Klassierungsfehler höchstens %4. Scheinbar: Das Modell wird an den Datensätzen bewertet, an die es angepasst wurde, was optimistisch ist; die Modellgüte an ausgelassenen Standorten zeigt die Validierung.</translation>
    </message>
    <message>
        <source>Apparent calibration intercept %1 (ideal 0).</source>
        <translation>Scheinbarer Achsenabschnitt der Kalibrierung %1 (ideal 0).</translation>
    </message>
    <message>
        <source>Apparent calibration slope %1 (ideal 1; on the data the model was fitted on it is 1 by construction).</source>
        <translation>Scheinbare Steigung der Kalibrierung %1 (ideal 1; auf den Daten, an die das Modell angepasst wurde, ist sie konstruktionsbedingt 1).</translation>
    </message>
    <message>
        <source>At risk threshold %1: net benefit %2 with the model, %3 treating all, 0 treating none.</source>
        <translation>Bei Risikoschwellenwert %1: Nettonutzen %2 mit dem Modell, %3 wenn alle behandelt werden, 0 wenn niemand behandelt wird.</translation>
    </message>
    <message>
        <source>Apparent: computed on the records the model was fitted on, from the ROC curves the sites released; per-site curves where a site released its own.</source>
        <translation>Scheinbar: berechnet an den Datensätzen, an die das Modell angepasst wurde, aus den ROC-Kurven, die die Standorte freigegeben haben; Kurven je Standort, wo ein Standort seine eigene freigegeben hat.</translation>
    </message>
    <message>
        <source>Apparent AUC per site with 95% intervals</source>
        <translation>Scheinbare AUC je Standort mit 95%-Intervallen</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>nicht in dieser Analyse</translation>
    </message>
    <message>
        <source>Same design</source>
        <translation>Gleicher Entwurf</translation>
    </message>
    <message>
        <source>design %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>%1: estimate</source>
        <translation>%1: Schätzwert</translation>
    </message>
    <message>
        <source>%1: standard error</source>
        <translation>%1: Standardfehler</translation>
    </message>
    <message>
        <source>%1: ratio</source>
        <translation>%1: Verhältnis</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>The second run against the first: rows where they differ are in bold. Differences are second minus first.</source>
        <translation>Die zweite Analyse im Vergleich zur ersten: Zeilen, in denen sie sich unterscheiden, sind fett. Differenzen sind zweite minus erste.</translation>
    </message>
    <message>
        <source>Comparison of two runs</source>
        <translation>Vergleich zweier Analysen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Apparent AUC 95% CI</source>
        <translation>Scheinbare AUC 95%-KI</translation>
    </message>
    <message>
        <source>Observed/expected</source>
        <translation>Beobachtet/erwartet</translation>
    </message>
    <message>
        <source>The measures are not pooled: pooling needs the held-out evaluation of at least %1 sites, and %2 released one. Add sites, or ask the sites whose evaluation was withheld or failed why.</source>
        <translation>Die Maße sind nicht zusammengefasst: Das Zusammenfassen braucht die Evaluation als ausgelassener Standort von mindestens %1 Standorten, und %2 haben eine freigegeben. Fügen Sie Standorte hinzu, oder fragen Sie die Standorte, deren Evaluation zurückgehalten wurde oder gescheitert ist, nach dem Grund.</translation>
    </message>
    <message>
        <source>The measures could not be pooled: %1</source>
        <translation>Die Maße konnten nicht zusammengefasst werden: %1</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>evaluiert</translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation>zurückgehalten: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>gescheitert: %1</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>kein Intervall</translation>
    </message>
    <message>
        <source>Pooled (random effects)</source>
        <translation>Zusammengefasst (Zufallseffekte)</translation>
    </message>
    <message>
        <source>%1 at each held-out site</source>
        <translation>%1 an jedem ausgelassenen Standort</translation>
    </message>
    <message>
        <source>Pooled estimate</source>
        <translation>Zusammengefasster Schätzwert</translation>
    </message>
    <message>
        <source>Pooled on scale</source>
        <translation>Zusammengefasst auf Skala</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>Logit</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Decision curve at the held-out sites</source>
        <translation>Entscheidungskurve an den ausgelassenen Standorten</translation>
    </message>
    <message>
        <source>About the validation</source>
        <translation>Über die Validierung</translation>
    </message>
    <message>
        <source>Pooled validation measures</source>
        <translation>Zusammengefasste Validierungsmaße</translation>
    </message>
    <message>
        <source>Performance at each held-out site</source>
        <translation>Modellgüte an jedem ausgelassenen Standort</translation>
    </message>
    <message>
        <source>No validation yet. The performance above is apparent: the model is scored on the records it was fitted on. Choose Analyses ▸ Validate Across Sites to fit the model at all sites but one and evaluate it at the one left out, for every site in turn.</source>
        <translation>Noch keine Validierung. Die Modellgüte oben ist scheinbar: Das Modell wird an den Datensätzen bewertet, an die es angepasst wurde. Wählen Sie Auswertungen ▸ Über Standorte validieren, um das Modell an allen Standorten bis auf einen anzupassen und am ausgelassenen zu evaluieren, der Reihe nach für jeden Standort.</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each site the model was fitted on all other sites and evaluated at the site left out. %1 of %2 sites were evaluated; %3 withheld their evaluation and %4 failed.</source>
        <translation>Intern-externe Kreuzvalidierung: Für jeden Standort wurde das Modell an allen anderen Standorten angepasst und am ausgelassenen Standort evaluiert. %1 von %2 Standorten wurden evaluiert; %3 haben ihre Evaluation zurückgehalten und %4 sind gescheitert.</translation>
    </message>
    <message>
        <source>Each measure is pooled with a random-effects model (REML, Knapp–Hartung 95% CI, 95% prediction interval for a new site): the AUC on the logit scale, observed/expected on the log scale. The diamond is the pooled estimate with its CI, the dashed line the prediction interval.</source>
        <translation>Jedes Maß ist mit einem Modell mit Zufallseffekten zusammengefasst (REML, Knapp-Hartung-95%-KI, 95%-Vorhersageintervall für einen neuen Standort): die AUC auf der Logit-Skala, beobachtet/erwartet auf der Log-Skala. Die Raute ist der zusammengefasste Schätzwert mit seinem KI, die gestrichelte Linie das Vorhersageintervall.</translation>
    </message>
    <message>
        <source>This validation is of another design than the fit shown above (design %1…); run the fit of this design to compare them.</source>
        <translation>Diese Validierung betrifft einen anderen Entwurf als die oben gezeigte Anpassung (Entwurf %1…); führen Sie die Anpassung dieses Entwurfs aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>asking the sites whether they would run it</source>
        <translation>die Standorte werden gefragt, ob sie ihn ausführen würden</translation>
    </message>
    <message>
        <source>&amp;Check at Sites</source>
        <translation>An Standorten &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask every chosen site whether the design and cohort pass its rules, without computing anything. Each check counts as a job in the site&apos;s daily quota.</source>
        <translation>Jeden gewählten Standort fragen, ob Entwurf und Kohorte seine Regeln bestehen, ohne etwas zu berechnen. Jede Prüfung zählt als ein Job im Tageskontingent des Standorts.</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run again on the same sites, as a new run.</source>
        <translation>Erneut an denselben Standorten ausführen, als neue Analyse.</translation>
    </message>
    <message>
        <source>Checking at the sites…</source>
        <translation>Prüfung an den Standorten…</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Besteht</translation>
    </message>
    <message numerus="yes">
        <source>The site would run this design: every rule it checks in advance passed (%n rule(s)).</source>
        <translation>
            <numerusform>Der Standort würde diesen Entwurf ausführen: Jede Regel, die er vorab prüft, wurde bestanden (%n Regel).</numerusform>
            <numerusform>Der Standort würde diesen Entwurf ausführen: Jede Regel, die er vorab prüft, wurde bestanden (%n Regeln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) would not run this design; see their rows for the rule and what to change. Nothing was computed.</source>
        <translation>
            <numerusform>%n Standort würde diesen Entwurf nicht ausführen; siehe seine Zeile für die Regel und was zu ändern ist. Es wurde nichts berechnet.</numerusform>
            <numerusform>%n Standorte würden diesen Entwurf nicht ausführen; siehe ihre Zeilen für die Regel und was zu ändern ist. Es wurde nichts berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was the only site of the run; choose other sites first.</source>
        <translation>%1 war der einzige Standort der Analyse; wählen Sie zuerst andere Standorte.</translation>
    </message>
    <message>
        <source>Run &amp;Without %1</source>
        <translation>&amp;Ohne %1 ausführen</translation>
    </message>
    <message>
        <source>A new run on the other sites. A site whose policy refuses studies one site away from an earlier one will say so.</source>
        <translation>Eine neue Analyse an den anderen Standorten. Ein Standort, dessen Richtlinie Studien ablehnt, die sich von einer früheren nur um einen Standort unterscheiden, wird das melden.</translation>
    </message>
    <message>
        <source>Changed study keys of %1</source>
        <translation>Geänderte Studienschlüssel von %1</translation>
    </message>
    <message>
        <source>The node of site %1 (%2) presents other study keys than the ones recorded for it. Either its administrator re-initialised the node, or someone else is answering in its place.</source>
        <translation>Der Knoten des Standorts %1 (%2) legt andere Studienschlüssel vor als die für ihn festgehaltenen. Entweder hat sein Administrator den Knoten neu initialisiert, oder jemand anderes antwortet an seiner Stelle.</translation>
    </message>
    <message>
        <source>Recorded:
  signing key        %1
  key-agreement key  %2

Presented now:
  signing key        %3
  key-agreement key  %4</source>
        <translation>Festgehalten:
  Signaturschlüssel               %1
  Schlüsselvereinbarungsschlüssel %2

Jetzt vorgelegt:
  Signaturschlüssel               %3
  Schlüsselvereinbarungsschlüssel %4</translation>
    </message>
    <message>
        <source>Before you accept, ask the site&apos;s administrator for the new fingerprints by phone or in person (not over a channel that may be compromised) and compare them character by character. Until you accept, Fairstart sends nothing more to this site.</source>
        <translation>Bevor Sie akzeptieren, erfragen Sie die neuen Fingerabdrücke beim Administrator des Standorts telefonisch oder persönlich (nicht über einen Kanal, der kompromittiert sein könnte) und vergleichen Sie sie Zeichen für Zeichen. Bis Sie akzeptieren, sendet Fairstart nichts mehr an diesen Standort.</translation>
    </message>
    <message>
        <source>Recorded and presented key fingerprints</source>
        <translation>Festgehaltene und vorgelegte Fingerabdrücke der Schlüssel</translation>
    </message>
    <message>
        <source>The administrator of %1 &amp;confirmed these new fingerprints to me</source>
        <translation>Der Administrator von %1 hat mir diese neuen Fingerabdrücke &amp;bestätigt</translation>
    </message>
    <message>
        <source>&amp;Accept New Keys</source>
        <translation>Neue Schlüssel &amp;akzeptieren</translation>
    </message>
    <message>
        <source>Recorded the study keys of %1 (signing key %2); a node that presents other keys for this site is refused from now on.</source>
        <translation>Die Studienschlüssel von %1 wurden festgehalten (Signaturschlüssel %2); ein Knoten, der andere Schlüssel für diesen Standort vorlegt, wird ab jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>The study keys of %1 did not change at its last check; there is nothing to accept. Check the site again first.</source>
        <translation>Die Studienschlüssel von %1 haben sich bei der letzten Prüfung nicht geändert; es gibt nichts zu akzeptieren. Prüfen Sie den Standort zuerst erneut.</translation>
    </message>
    <message>
        <source>Accept new keys</source>
        <translation>Neue Schlüssel akzeptieren</translation>
    </message>
    <message>
        <source>Accepted the new study keys of %1 (signing key %2).</source>
        <translation>Die neuen Studienschlüssel von %1 wurden akzeptiert (Signaturschlüssel %2).</translation>
    </message>
    <message>
        <source>Site %1 presents other study keys than the ones recorded for it: the node was re-initialised, or someone is answering in its place. Nothing more is asked of it. Confirm the new key fingerprints with the site&apos;s administrator, then choose Accept Changed Keys.</source>
        <translation>Standort %1 legt andere Studienschlüssel vor als die für ihn festgehaltenen: Der Knoten wurde neu initialisiert, oder jemand antwortet an seiner Stelle. Er wird nichts mehr gefragt. Bestätigen Sie die neuen Fingerabdrücke der Schlüssel mit dem Administrator des Standorts und wählen Sie dann Geänderte Schlüssel akzeptieren.</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>noch nicht festgehalten</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Schlüssel geändert</translation>
    </message>
    <message>
        <source>Signing key: %1
Key-agreement key: %2</source>
        <translation>Signaturschlüssel: %1
Schlüsselvereinbarungsschlüssel: %2</translation>
    </message>
    <message>
        <source>%1 (changed!)</source>
        <translation>%1 (geändert!)</translation>
    </message>
    <message>
        <source>Study keys</source>
        <translation>Studienschlüssel</translation>
    </message>
    <message>
        <source>Sites to validate on</source>
        <translation>Standorte für die Validierung</translation>
    </message>
    <message>
        <source>Each site in turn is left out: the model is fitted on all the others and evaluated at the site left out, which checks every number against its own rules before releasing it. This needs at least %1 sites and takes one fit per site.</source>
        <translation>Jeder Standort wird der Reihe nach ausgelassen: Das Modell wird an allen anderen angepasst und am ausgelassenen Standort evaluiert, der jede Zahl vor der Freigabe gegen seine eigenen Regeln prüft. Dies braucht mindestens %1 Standorte und kostet eine Anpassung je Standort.</translation>
    </message>
    <message>
        <source>Progress per held-out site</source>
        <translation>Fortschritt je ausgelassenem Standort</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Choose at least %1 sites: each is left out in turn and the results are pooled over the sites left out.</source>
        <translation>Wählen Sie mindestens %1 Standorte: Jeder wird der Reihe nach ausgelassen, und die Ergebnisse werden über die ausgelassenen Standorte zusammengefasst.</translation>
    </message>
    <message>
        <source>Choose a purpose: the sites check it against your token.</source>
        <translation>Wählen Sie einen Zweck: Die Standorte prüfen ihn gegen Ihr Token.</translation>
    </message>
    <message>
        <source>Leaving out %1 (%2 of %3): fitting on the others.</source>
        <translation>%1 wird ausgelassen (%2 von %3): Anpassung an den anderen.</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluiert</translation>
    </message>
    <message>
        <source>AUC %1 on %2 records</source>
        <translation>AUC %1 an %2 Datensätzen</translation>
    </message>
    <message>
        <source>Finished: the results are in the Validation section.</source>
        <translation>Abgeschlossen: Die Ergebnisse stehen im Abschnitt Validierung.</translation>
    </message>
    <message>
        <source>The design was not saved automatically: %1 Your changes are still on screen; save them with Save Design Version (Ctrl+S) once that is solved.</source>
        <translation>Der Entwurf wurde nicht automatisch gespeichert: %1 Ihre Änderungen sind noch auf dem Bildschirm; speichern Sie sie mit Entwurfsversion speichern (Strg+S), sobald das behoben ist.</translation>
    </message>
    <message>
        <source>The design could not be saved in the workspace: %1 Your changes are still on screen; save them with Save Design Version (Ctrl+S) once that is solved.</source>
        <translation>Der Entwurf konnte nicht im Arbeitsbereich gespeichert werden: %1 Ihre Änderungen sind noch auf dem Bildschirm; speichern Sie sie mit Entwurfsversion speichern (Strg+S), sobald das behoben ist.</translation>
    </message>
    <message>
        <source>This request is missing from the workspace&apos;s request log: %1 Note what you asked of the sites until the log can be written again.</source>
        <translation>Diese Anfrage fehlt im Anfrageprotokoll des Arbeitsbereichs: %1 Notieren Sie, was Sie die Standorte gefragt haben, bis das Protokoll wieder geschrieben werden kann.</translation>
    </message>
    <message>
        <source>This run could not be recorded in the workspace: %1 The run goes on, but it will not be in the list of runs; export its results when it ends.</source>
        <translation>Diese Analyse konnte nicht im Arbeitsbereich festgehalten werden: %1 Die Analyse läuft weiter, erscheint aber nicht in der Liste der Analysen; exportieren Sie ihre Ergebnisse, wenn sie endet.</translation>
    </message>
    <message>
        <source>The run&apos;s record in the workspace could not be updated: %1 The run goes on; its stored record may not show every site&apos;s final state.</source>
        <translation>Der Eintrag der Analyse im Arbeitsbereich konnte nicht aktualisiert werden: %1 Die Analyse läuft weiter; ihr gespeicherter Eintrag zeigt womöglich nicht den Endzustand jedes Standorts.</translation>
    </message>
    <message>
        <source>The workspace could not remember the open design: %1 Next time, open it from the list of designs.</source>
        <translation>Der Arbeitsbereich konnte sich den geöffneten Entwurf nicht merken: %1 Öffnen Sie ihn beim nächsten Mal aus der Liste der Entwürfe.</translation>
    </message>
    <message>
        <source>The workspace&apos;s list of sites could not be changed: %1</source>
        <translation>Die Liste der Standorte des Arbeitsbereichs konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Writes the workbench&apos;s PDF report of a run from its JSON (fairstart-cli fit --format json).</source>
        <translation>Schreibt den PDF-Bericht der Workbench zu einer Analyse aus deren JSON (fairstart-cli fit --format json).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>A JSON object of variable labels {&quot;name&quot;: &quot;label&quot;} for readable terms.</source>
        <translation>Ein JSON-Objekt mit Variablenbezeichnungen {&quot;name&quot;: &quot;label&quot;} für lesbare Terme.</translation>
    </message>
    <message>
        <source>The run&apos;s JSON; &apos;-&apos; or nothing reads standard input.</source>
        <translation>Das JSON der Analyse; &apos;-&apos; oder nichts liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>name the PDF to write with --out FILE.pdf</source>
        <translation>geben Sie die zu schreibende PDF-Datei mit --out FILE.pdf an</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s JSON (%1)</source>
        <translation>das JSON der Analyse kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the input is not a run&apos;s JSON: %1</source>
        <translation>die Eingabe ist kein JSON einer Analyse: %1</translation>
    </message>
    <message>
        <source>the input is not a run&apos;s JSON (fairstart-cli fit --format json): %1</source>
        <translation>die Eingabe ist kein JSON einer Analyse (fairstart-cli fit --format json): %1</translation>
    </message>
    <message>
        <source>cannot read the labels %1 (%2)</source>
        <translation>die Bezeichnungen %1 können nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>Trend by birth year</source>
        <translation>Trend nach Geburtsjahr</translation>
    </message>
    <message>
        <source>No trend released: the areas release no counts per birth year for %1</source>
        <translation>Kein Trend freigegeben: Die Gebiete geben für %1 keine Anzahlen je Geburtsjahr frei</translation>
    </message>
    <message>
        <source>%1 = %2 by %3</source>
        <translation>%1 = %2 nach %3</translation>
    </message>
    <message>
        <source>Not in the dashboard: %1</source>
        <translation>Nicht im Dashboard: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Withheld by the area: fewer than %1 records, or withheld to protect another cell.</source>
        <translation>Vom Gebiet zurückgehalten: weniger als %1 Datensätze, oder zum Schutz einer anderen Zelle zurückgehalten.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n Evaluation blocks, but a run uses the settings of one: delete the others and keep the one whose settings you want.</source>
        <translation>
            <numerusform>Der Entwurf hat %n Block Evaluation, aber eine Analyse verwendet die Einstellungen nur eines Blocks: Löschen Sie die anderen und behalten Sie den Block mit den gewünschten Einstellungen.</numerusform>
            <numerusform>Der Entwurf hat %n Blöcke Evaluation, aber eine Analyse verwendet die Einstellungen nur eines Blocks: Löschen Sie die anderen und behalten Sie den Block mit den gewünschten Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 released no descriptives: %2</source>
        <translation>%1 hat keine deskriptive Statistik freigegeben: %2</translation>
    </message>
    <message>
        <source>At each site left out: the estimate with its 95% CI below it.</source>
        <translation>Für jeden ausgelassenen Standort: der Schätzwert mit seinem 95%-KI darunter.</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each site the model was fitted on all other sites and evaluated at the site left out. Each of the %1 sites was evaluated.</source>
        <translation>Intern-externe Kreuzvalidierung: Für jeden Standort wurde das Modell an allen anderen Standorten angepasst und am ausgelassenen Standort evaluiert. Jeder der %1 Standorte wurde evaluiert.</translation>
    </message>
    <message>
        <source>%1: exchanging the sites&apos; signatures</source>
        <translation>%1: Signaturen der Standorte werden ausgetauscht</translation>
    </message>
    <message>
        <source>Evaluate a &amp;Registered Model…</source>
        <translation>&amp;Registriertes Modell evaluieren…</translation>
    </message>
    <message>
        <source>Evaluate a validation model the sites registered (AUC, calibration, Brier score, O:E, decision curve) without fitting anything.</source>
        <translation>Ein Validierungsmodell evaluieren, das die Standorte registriert haben (AUC, Kalibrierung, Brier-Score, B:E, Entscheidungskurve), ohne etwas anzupassen.</translation>
    </message>
    <message>
        <source>Evaluate a registered model</source>
        <translation>Registriertes Modell evaluieren</translation>
    </message>
    <message>
        <source>All sites (masked sum)</source>
        <translation>Alle Standorte (maskierte Summe)</translation>
    </message>
    <message numerus="yes">
        <source>withheld at %n site(s)</source>
        <translation>
            <numerusform>zurückgehalten an %n Standort</numerusform>
            <numerusform>zurückgehalten an %n Standorten</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode: masked. Every site released its descriptives only masked (study %1); the pooled column is the decoded sum over the sites, and no site&apos;s own numbers are shown. A count that a site withheld is not added into the pooled column.</source>
        <translation>Modus: maskiert. Jeder Standort hat seine deskriptive Statistik nur maskiert freigegeben (Studie %1); die zusammengefasste Spalte ist die dekodierte Summe über die Standorte, und die eigenen Zahlen eines Standorts werden nicht angezeigt. Eine Anzahl, die ein Standort zurückgehalten hat, geht nicht in die zusammengefasste Spalte ein.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for masked descriptives…</source>
        <translation>
            <numerusform>%n Standort wird nach maskierter deskriptiver Statistik gefragt…</numerusform>
            <numerusform>%n Standorte werden nach maskierter deskriptiver Statistik gefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The masked descriptives study ended without a result: %1</source>
        <translation>Die Studie zur maskierten deskriptiven Statistik endete ohne Ergebnis: %1</translation>
    </message>
    <message>
        <source>No site is online. Add sites (Sites ▸ Add Site) and check them (F5): the registered models are the ones the online sites list.</source>
        <translation>Kein Standort ist erreichbar. Fügen Sie Standorte hinzu (Standorte ▸ Standort hinzufügen) und prüfen Sie sie (F5): Die registrierten Modelle sind die, die die erreichbaren Standorte auflisten.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n online site(s) lists a registered validation model. A site&apos;s administrator registers one with &apos;fairstart-node models add&apos;; check the sites again (F5) afterwards.</source>
        <translation>
            <numerusform>Der %n erreichbare Standort listet kein registriertes Validierungsmodell auf. Der Administrator eines Standorts registriert eines mit &apos;fairstart-node models add&apos;; prüfen Sie danach die Standorte erneut (F5).</numerusform>
            <numerusform>Keiner der %n erreichbaren Standorte listet ein registriertes Validierungsmodell auf. Der Administrator eines Standorts registriert eines mit &apos;fairstart-node models add&apos;; prüfen Sie danach die Standorte erneut (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sites evaluated the registered model %1; the results are shown%2.</source>
        <translation>Die Standorte haben das registrierte Modell %1 evaluiert; die Ergebnisse werden angezeigt%2.</translation>
    </message>
    <message>
        <source> and stored in the workspace</source>
        <translation> und sind im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>The validation could not be kept in the workspace: %1</source>
        <translation>Die Validierung konnte nicht im Arbeitsbereich gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The stored validation of this run cannot be read (%1). Validate the design again.</source>
        <translation>Die gespeicherte Validierung dieser Analyse kann nicht gelesen werden (%1). Validieren Sie den Entwurf erneut.</translation>
    </message>
    <message>
        <source>Showing the validation of %1.</source>
        <translation>Validierung vom %1.</translation>
    </message>
    <message>
        <source>Outcome in plain words</source>
        <translation>Zielgröße in einfachen Worten</translation>
    </message>
    <message>
        <source>e.g. low birth weight</source>
        <translation>z. B. niedriges Geburtsgewicht</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Zielgröße:</translation>
    </message>
    <message>
        <source>Registered model</source>
        <translation>Registriertes Modell</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>optional: your copy, for the masked evaluation</source>
        <translation>optional: Ihre Kopie, für die maskierte Evaluation</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>No coefficients are sent: each site evaluates its own registered copy. With your copy of the model file (the file the sites registered) and three or more sites the evaluation is masked: only the pooled result is decoded and every site attests the model&apos;s hash. Without it each site evaluates on its own and releases its own figures (plain mode, where the sites allow it).</source>
        <translation>Es werden keine Koeffizienten gesendet: Jeder Standort evaluiert seine eigene registrierte Kopie. Mit Ihrer Kopie der Modelldatei (der Datei, die die Standorte registriert haben) und drei oder mehr Standorten ist die Evaluation maskiert: Nur das zusammengefasste Ergebnis wird dekodiert, und jeder Standort attestiert den Hash des Modells. Ohne die Kopie evaluiert jeder Standort für sich und gibt seine eigenen Zahlen frei (unmaskierter Modus, sofern die Standorte es erlauben).</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Registered at:</source>
        <translation>Registriert bei:</translation>
    </message>
    <message>
        <source>Model &amp;file:</source>
        <translation>Modell&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>The registered model&apos;s file</source>
        <translation>Die Datei des registrierten Modells</translation>
    </message>
    <message>
        <source>Model files (*.json);;All files (*)</source>
        <translation>Modelldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file is another model than %1: its hash is %2, the sites registered %3. Choose the file the sites registered, or leave the field empty for the per-site evaluation.</source>
        <translation>Die Datei ist ein anderes Modell als %1: Ihr Hash ist %2, die Standorte haben %3 registriert. Wählen Sie die Datei, die die Standorte registriert haben, oder lassen Sie das Feld leer für die Evaluation je Standort.</translation>
    </message>
    <message>
        <source>Coefficients fitted at each site alone (estimate and standard error), with the inverse-variance pooled estimate and Cochran&apos;s Q and I² per term:</source>
        <translation>An jedem Standort allein angepasste Koeffizienten (Schätzwert und Standardfehler), mit dem nach inverser Varianz zusammengefassten Schätzwert sowie Cochrans Q und I² je Term:</translation>
    </message>
    <message>
        <source>Sites without a fit of their own: %1.</source>
        <translation>Standorte ohne eigene Anpassung: %1.</translation>
    </message>
    <message>
        <source>11.1 Performance by %1 (fairness)</source>
        <translation>11.1 Modellgüte nach %1 (Fairness)</translation>
    </message>
    <message>
        <source>Each held-out site evaluated the model fitted on the other sites for each level of %1 and released a level only when it passed its rules. Each level is pooled over the held-out sites that released it (random effects, as above); a withheld level names the rule.</source>
        <translation>Jeder ausgelassene Standort hat das an den anderen Standorten angepasste Modell für jede Ausprägung von %1 evaluiert und eine Ausprägung nur freigegeben, wenn sie seine Regeln bestanden hat. Jede Ausprägung ist über die ausgelassenen Standorte zusammengefasst, die sie freigegeben haben (Zufallseffekte, wie oben); bei einer zurückgehaltenen Ausprägung ist die Regel genannt.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>not pooled</source>
        <translation>nicht zusammengefasst</translation>
    </message>
    <message>
        <source>Per level in bold, pooled over the held-out sites; below it, each held-out site.</source>
        <translation>Fett je Ausprägung, zusammengefasst über die ausgelassenen Standorte; darunter jeder ausgelassene Standort.</translation>
    </message>
    <message>
        <source>The sites released no per-site performance: %1.</source>
        <translation>Die Standorte haben keine Modellgüte pro Standort freigegeben: %1.</translation>
    </message>
    <message>
        <source>withheld (%1)</source>
        <translation>zurückgehalten (%1)</translation>
    </message>
    <message numerus="yes">
        <source>not pooled: %n held-out site(s) released this level; pooling needs at least three</source>
        <translation>
            <numerusform>nicht zusammengefasst: %n ausgelassener Standort hat diese Ausprägung freigegeben; das Zusammenfassen braucht mindestens drei</numerusform>
            <numerusform>nicht zusammengefasst: %n ausgelassene Standorte haben diese Ausprägung freigegeben; das Zusammenfassen braucht mindestens drei</numerusform>
        </translation>
    </message>
    <message>
        <source>not pooled: withheld at %1; pooling needs at least three held-out sites</source>
        <translation>nicht zusammengefasst: zurückgehalten bei %1; das Zusammenfassen braucht mindestens drei ausgelassene Standorte</translation>
    </message>
    <message>
        <source>not pooled: %1</source>
        <translation>nicht zusammengefasst: %1</translation>
    </message>
    <message>
        <source>without %1, where it was withheld</source>
        <translation>ohne %1, wo sie zurückgehalten wurde</translation>
    </message>
    <message>
        <source>%1 by %2, pooled over the held-out sites</source>
        <translation>%1 nach %2, zusammengefasst über die ausgelassenen Standorte</translation>
    </message>
    <message numerus="yes">
        <source>Pooled (%n site(s))</source>
        <translation>
            <numerusform>Zusammengefasst (%n Standort)</numerusform>
            <numerusform>Zusammengefasst (%n Standorte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (Regel %2)</translation>
    </message>
    <message>
        <source>the stored validation is not readable (%1)</source>
        <translation>die gespeicherte Validierung ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <translation>unbekanntes Schema</translation>
    </message>
    <message>
        <source>a site&apos;s state</source>
        <translation>der Status eines Standorts</translation>
    </message>
    <message>
        <source>the measures of %1</source>
        <translation>die Maße von %1</translation>
    </message>
    <message>
        <source>numbers of a site without an evaluation</source>
        <translation>Zahlen eines Standorts ohne Evaluation</translation>
    </message>
    <message>
        <source>a decision curve</source>
        <translation>eine Entscheidungskurve</translation>
    </message>
    <message>
        <source>a pooled measure</source>
        <translation>ein zusammengefasstes Maß</translation>
    </message>
    <message>
        <source>the pooled decision curve</source>
        <translation>die zusammengefasste Entscheidungskurve</translation>
    </message>
    <message>
        <source>a subgroup row</source>
        <translation>eine Untergruppenzeile</translation>
    </message>
    <message>
        <source>numbers of a withheld subgroup</source>
        <translation>Zahlen einer zurückgehaltenen Untergruppe</translation>
    </message>
    <message>
        <source>About the subgroups</source>
        <translation>Über die Untergruppen</translation>
    </message>
    <message>
        <source>Performance by subgroup</source>
        <translation>Modellgüte nach Untergruppe</translation>
    </message>
    <message>
        <source>%1 by subgroup</source>
        <translation>%1 nach Untergruppe</translation>
    </message>
    <message>
        <source>No subgroups: choose a subgroup variable (such as sex or income quintile) in Analyses ▸ Validate Across Sites to see discrimination and calibration by its levels.</source>
        <translation>Keine Untergruppen: Wählen Sie unter Auswertungen ▸ Über Standorte validieren eine Untergruppenvariable (etwa Geschlecht oder Einkommensquintil), um Trennschärfe und Kalibrierung nach deren Ausprägungen zu sehen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;By %1&lt;/h3&gt;Each held-out site evaluated the model fitted on the other sites for each level of %1, and released each level only when it passed its rules; a withheld level shows the rule, never a number. Each level is pooled over the held-out sites that released it with the same random-effects model as above.</source>
        <translation>&lt;h3&gt;Nach %1&lt;/h3&gt;Jeder ausgelassene Standort hat das an den anderen Standorten angepasste Modell für jede Ausprägung von %1 evaluiert und jede Ausprägung nur freigegeben, wenn sie seine Regeln bestanden hat; eine zurückgehaltene Ausprägung zeigt die Regel, nie eine Zahl. Jede Ausprägung ist über die ausgelassenen Standorte, die sie freigegeben haben, mit demselben Modell mit Zufallseffekten wie oben zusammengefasst.</translation>
    </message>
    <message>
        <source>Take one child who had %2 and one who did not: the model gives the higher risk to the child who had it in about %1 of 100 such pairs (50 would be chance, 100 perfect).</source>
        <translation>Nimmt man ein Kind, bei dem %2 vorlag, und eines, bei dem das nicht der Fall war: Das Modell gibt bei etwa %1 von 100 solchen Paaren dem ersten Kind das höhere Risiko (50 wäre Zufall, 100 perfekt).</translation>
    </message>
    <message>
        <source>On average it predicted a risk of %1; %2 of the children actually had %3.</source>
        <translation>Im Durchschnitt sagte das Modell ein Risiko von %1 vorher; tatsächlich lag bei %2 der Kinder %3 vor.</translation>
    </message>
    <message>
        <source>Estimated risk of %5: %1 (95% interval %2 to %3). Of 100 children with these values, about %4 would be expected to have %5.</source>
        <translation>Geschätztes Risiko für %5: %1 (95%-Intervall %2 bis %3). Von 100 Kindern mit diesen Werten würde man bei etwa %4 erwarten, dass %5 vorliegt.</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluieren</translation>
    </message>
    <message>
        <source>Finished: the sites evaluated the registered model.</source>
        <translation>Abgeschlossen: Die Standorte haben das registrierte Modell evaluiert.</translation>
    </message>
    <message>
        <source>Subgroup variable</source>
        <translation>Untergruppenvariable</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Subgroup cell edges</source>
        <translation>Zellgrenzen der Untergruppe</translation>
    </message>
    <message>
        <source>By s&amp;ubgroup:</source>
        <translation>Nach &amp;Untergruppe:</translation>
    </message>
    <message>
        <source>Cell &amp;edges:</source>
        <translation>Zell&amp;grenzen:</translation>
    </message>
    <message>
        <source>%1 (v%2): validation across sites</source>
        <translation>%1 (v%2): Validierung über Standorte</translation>
    </message>
    <message>
        <source>Masked sum without %1</source>
        <translation>Maskierte Summe ohne %1</translation>
    </message>
    <message>
        <source>Pooled: %1 (without %2)</source>
        <translation>Zusammengefasst: %1 (ohne %2)</translation>
    </message>
    <message>
        <source>&lt; %1 yes</source>
        <translation>&lt; %1 ja</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1 ja</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 fehlend</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>At %1: records with a value, the share of yes of a yes/no variable and records without a value (rounded; small counts withheld). A categorical variable&apos;s levels are in the cell&apos;s tooltip.</source>
        <translation>Bei %1: Datensätze mit einem Wert, der Ja-Anteil einer Ja/Nein-Variablen und Datensätze ohne Wert (gerundet; kleine Anzahlen zurückgehalten). Die Ausprägungen einer kategorialen Variablen stehen im Tooltip der Zelle.</translation>
    </message>
    <message>
        <source>The run of %1 is a validation across sites, not a fit: Compare Runs puts the coefficients of two fits side by side. Open a validation (double-click it under Runs) to see each held-out site and the pooled measures on the Validation page.</source>
        <translation>Die Analyse von %1 ist eine Validierung über Standorte, keine Anpassung: Analysen vergleichen stellt die Koeffizienten zweier Anpassungen nebeneinander. Öffnen Sie eine Validierung (Doppelklick darauf unter Analysen), um jeden ausgelassenen Standort und die zusammengefassten Maße auf der Seite Validierung zu sehen.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3)</source>
        <translation>AUC %1 (95%-KI %2 bis %3)</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>Quality of care</source>
        <translation>Versorgungsqualität</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluation of a model fitted elsewhere&lt;/b&gt; (nothing was fitted in this run) on %1 records at %2 of %3 sites.</source>
        <translation>&lt;b&gt;Evaluation eines anderswo angepassten Modells&lt;/b&gt; (in dieser Analyse wurde nichts angepasst) auf %1 Datensätzen an %2 von %3 Standorten.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3; DeLong), binning error at most %4. The model was fitted elsewhere: this is its performance on these sites&apos; records (external validation), not an apparent one.</source>
        <translation>AUC %1 (95%-KI %2 bis %3; DeLong), Klassierungsfehler höchstens %4. Das Modell wurde anderswo angepasst: Dies ist seine Modellgüte auf den Datensätzen dieser Standorte (externe Validierung), keine scheinbare.</translation>
    </message>
    <message>
        <source>Computed on these sites&apos; records, which the model was not fitted on, from the ROC curves the sites released.</source>
        <translation>Berechnet auf den Datensätzen dieser Standorte, an die das Modell nicht angepasst wurde, aus den ROC-Kurven, die die Standorte freigegeben haben.</translation>
    </message>
    <message>
        <source>The report is of a fitted model, with its validation as section 11. Run this design on the sites (Run on Sites…), then export the report: the validation of the same design is included. The validation alone can be exported with Export chart… and Export table… on this page.</source>
        <translation>Der Bericht gilt einem angepassten Modell, mit dessen Validierung als Abschnitt 11. Führen Sie diesen Entwurf an den Standorten aus (An Standorten ausführen…) und exportieren Sie dann den Bericht: Die Validierung desselben Entwurfs ist darin enthalten. Die Validierung allein können Sie auf dieser Seite mit Diagramm exportieren… und Tabelle exportieren… exportieren.</translation>
    </message>
    <message>
        <source>There is no result to report yet: run the design on the sites first.</source>
        <translation>Es gibt noch kein Ergebnis für einen Bericht: Führen Sie den Entwurf zuerst an den Standorten aus.</translation>
    </message>
    <message>
        <source>Registered model %1: evaluation</source>
        <translation>Registriertes Modell %1: Evaluation</translation>
    </message>
    <message>
        <source>Funnel plot: an area outside the dotted 99.8% limits differs from the pooled rate by more than chance explains (about 1 in 500 by chance); between the dashed 95% and the dotted limits it is worth a look. Smaller areas have wider limits.</source>
        <translation>Funnel-Plot: Ein Gebiet außerhalb der gepunkteten 99,8%-Grenzen weicht stärker von der zusammengefassten Rate ab, als der Zufall erklärt (zufällig etwa 1 von 500); zwischen den gestrichelten 95%-Grenzen und den gepunkteten Grenzen lohnt sich ein genauerer Blick. Kleinere Gebiete haben weitere Grenzen.</translation>
    </message>
    <message>
        <source>The masked descriptives study ended without a result: site %1 refused. %2</source>
        <translation>Die Studie zur maskierten deskriptiven Statistik endete ohne Ergebnis: Standort %1 hat abgelehnt. %2</translation>
    </message>
    <message>
        <source>The run was stopped; the sites were asked to cancel its jobs.</source>
        <translation>Die Analyse wurde gestoppt; die Standorte wurden gebeten, ihre Jobs abzubrechen.</translation>
    </message>
    <message>
        <source>The run ended without a result: %1</source>
        <translation>Die Analyse endete ohne Ergebnis: %1</translation>
    </message>
    <message>
        <source>The run ended without a result at %1: %2</source>
        <translation>Die Analyse endete bei %1 ohne Ergebnis: %2</translation>
    </message>
    <message>
        <source>a contact for questions from parents and professionals</source>
        <translation>eine Ansprechperson für Fragen von Eltern und Fachkräften</translation>
    </message>
    <message>
        <source>baseline odds</source>
        <translation>Basis-Odds</translation>
    </message>
    <message>
        <source>baseline rate</source>
        <translation>Basisrate</translation>
    </message>
    <message>
        <source>For the intercept the odds ratio column shows the baseline odds: the odds of the outcome when every predictor is at its reference level or 0. It is not an odds ratio.</source>
        <translation>Beim Achsenabschnitt zeigt die Spalte Odds Ratio die Basis-Odds: die Odds der Zielgröße, wenn jeder Prädiktor auf seiner Referenzkategorie oder bei 0 steht. Das ist keine Odds Ratio.</translation>
    </message>
    <message>
        <source>For the intercept the rate ratio column shows the baseline rate: the rate when every predictor is at its reference level or 0. It is not a rate ratio.</source>
        <translation>Beim Achsenabschnitt zeigt die Spalte Rate Ratio die Basisrate: die Rate, wenn jeder Prädiktor auf seiner Referenzkategorie oder bei 0 steht. Das ist keine Rate Ratio.</translation>
    </message>
    <message>
        <source>%1
estimate (SE)</source>
        <translation>%1
Schätzwert (SE)</translation>
    </message>
    <message>
        <source>Every site signed this result: each signed the study manifest and its masked descriptives, and every signature verified against the site&apos;s pinned key.</source>
        <translation>Jeder Standort hat dieses Ergebnis signiert: Jeder hat das Studienmanifest und seine maskierte deskriptive Statistik signiert, und jede Signatur wurde mit dem gepinnten Schlüssel des Standorts verifiziert.</translation>
    </message>
    <message>
        <source>its descriptives were not signed</source>
        <translation>seine deskriptive Statistik wurde nicht signiert</translation>
    </message>
    <message>
        <source>Signed descriptives</source>
        <translation>Signierte deskriptive Statistik</translation>
    </message>
    <message>
        <source>No level of %1 could be pooled: pooling needs at least three held-out sites that released the level, so there is no chart. The table shows what each site released, and why a level was withheld.</source>
        <translation>Keine Ausprägung von %1 konnte zusammengefasst werden: Dazu braucht es mindestens drei ausgelassene Standorte, die die Ausprägung freigegeben haben; daher gibt es kein Diagramm. Die Tabelle zeigt, was jeder Standort freigegeben hat und warum eine Ausprägung zurückgehalten wurde.</translation>
    </message>
    <message>
        <source>Language of the parent information sheet</source>
        <translation>Sprache des Informationsblatts für Eltern</translation>
    </message>
    <message>
        <source>The language the information sheet for parents is written in</source>
        <translation>Die Sprache, in der das Informationsblatt für Eltern geschrieben ist</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>Sprache des &amp;Blatts:</translation>
    </message>
    <message>
        <source>calculation</source>
        <comment>file name without extension</comment>
        <translation>berechnung</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Certificate pin: %1</source>
        <translation>Zertifikat-Pin: %1</translation>
    </message>
    <message>
        <source>Node version: %1</source>
        <translation>Version des Knotens: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>%1 — variable %2</source>
        <translation>%1 — Variable %2</translation>
    </message>
    <message>
        <source>Open this run&apos;s results and store its model in the workspace, read-only.</source>
        <translation>Öffnet die Ergebnisse dieser Analyse und speichert ihr Modell schreibgeschützt im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Not released by %1: fewer records than the area&apos;s threshold have this value, or none; the rate is not shown.</source>
        <translation>Nicht freigegeben von %1: Diesen Wert haben weniger Datensätze, als der Schwellenwert des Gebiets vorgibt, oder gar keine; der Anteil wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>(first level: %1)</source>
        <translation>(erste Kategorie: %1)</translation>
    </message>
    <message>
        <source>Each site describes the records whose consent covers the purpose. Choose the purpose of your analyses, so that Table 1 describes the children they used: a site refuses a cohort only a few records from one it released before.</source>
        <translation>Jeder Standort beschreibt die Datensätze, deren Einwilligung den Zweck abdeckt. Wählen Sie den Zweck Ihrer Analysen, damit Tabelle 1 die Kinder beschreibt, die diese verwendet haben: Ein Standort lehnt eine Kohorte ab, die sich nur um wenige Datensätze von einer früher freigegebenen unterscheidet.</translation>
    </message>
    <message>
        <source>Each site counts the records whose consent covers the purpose. Choose the purpose of your analyses, so that the indicators describe the children they used: a site refuses a cohort only a few records from one it released before.</source>
        <translation>Jeder Standort zählt die Datensätze, deren Einwilligung den Zweck abdeckt. Wählen Sie den Zweck Ihrer Analysen, damit die Indikatoren die Kinder beschreiben, die diese verwendet haben: Ein Standort lehnt eine Kohorte ab, die sich nur um wenige Datensätze von einer früher freigegebenen unterscheidet.</translation>
    </message>
    <message>
        <source>Ask the sites</source>
        <translation>Standorte abfragen</translation>
    </message>
    <message>
        <source>No site allows the purpose %1 for your tokens; choose one of: %2.</source>
        <translation>Kein Standort erlaubt den Zweck %1 für Ihre Tokens; wählen Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>Table 1: the cohort by site — purpose %1</source>
        <translation>Tabelle 1: die Kohorte je Standort — Zweck %1</translation>
    </message>
    <message>
        <source>The fit at this site alone stopped: %1</source>
        <translation>Die Anpassung an diesem Standort allein wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Stopped because %1 could not be reached.</source>
        <translation>Gestoppt, weil %1 nicht erreichbar war.</translation>
    </message>
    <message>
        <source>&amp;Histogram of</source>
        <translation>&amp;Histogramm von</translation>
    </message>
    <message>
        <source>Variable of the histogram</source>
        <translation>Variable des Histogramms</translation>
    </message>
    <message>
        <source>Pooled histogram of the chosen variable</source>
        <translation>Zusammengefasstes Histogramm der gewählten Variablen</translation>
    </message>
    <message>
        <source>About the histogram</source>
        <translation>Über das Histogramm</translation>
    </message>
    <message>
        <source>cell edges: edges of every site&apos;s histogram (Descriptives shows them)</source>
        <translation>Zellgrenzen: Grenzen im Histogramm jedes Standorts (angezeigt unter Deskriptive Statistik)</translation>
    </message>
    <message>
        <source>The site&apos;s released histogram on its own edges (bins merged where its records are sparse, drawn as records per unit where they differ in width). %1 records outside %2 to %3 (its tails, which no site releases) are not drawn.</source>
        <translation>Das freigegebene Histogramm des Standorts auf seinen eigenen Grenzen (Intervalle zusammengelegt, wo seine Datensätze spärlich sind; bei unterschiedlicher Breite als Datensätze je Einheit gezeichnet). %1 Datensätze außerhalb von %2 bis %3 (seine Randbereiche, die kein Standort freigibt) werden nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Pooled over every site on a lattice of step %1 common to all of them: a cell is counted where both its ends are edges of every site&apos;s own histogram, and only the sum was decoded. %2 records outside %3 to %4 are not drawn: each site&apos;s tails, which no site releases, and cells some site released only merged with a neighbour, where fewer than its minimum cell count of records lie.</source>
        <translation>Über alle Standorte zusammengefasst auf einem ihnen allen gemeinsamen Gitter der Schrittweite %1: Eine Zelle wird gezählt, wo ihre beiden Enden Grenzen im eigenen Histogramm jedes Standorts sind, und nur die Summe wurde dekodiert. %2 Datensätze außerhalb von %3 bis %4 werden nicht gezeichnet: die Randbereiche jedes Standorts, die kein Standort freigibt, und Zellen, die ein Standort nur mit einer Nachbarzelle zusammengelegt freigegeben hat, weil darin weniger Datensätze als seine Mindestzellbesetzung liegen.</translation>
    </message>
    <message>
        <source>Pooled from each site&apos;s released histogram on a lattice of step %1 common to all of them: a cell is counted where both its ends are edges of every site&apos;s histogram. %2 records outside %3 to %4 are not drawn (%5): each site&apos;s tails, which no site releases, and cells a site released only merged with a neighbour, where fewer than its minimum cell count of records lie.</source>
        <translation>Aus dem freigegebenen Histogramm jedes Standorts zusammengefasst auf einem ihnen allen gemeinsamen Gitter der Schrittweite %1: Eine Zelle wird gezählt, wo ihre beiden Enden Grenzen im Histogramm jedes Standorts sind. %2 Datensätze außerhalb von %3 bis %4 werden nicht gezeichnet (%5): die Randbereiche jedes Standorts, die kein Standort freigibt, und Zellen, die ein Standort nur mit einer Nachbarzelle zusammengelegt freigegeben hat, weil darin weniger Datensätze als seine Mindestzellbesetzung liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for their histograms…</source>
        <translation>
            <numerusform>%n Standort wird nach seinen Histogrammen gefragt…</numerusform>
            <numerusform>%n Standorte werden nach ihren Histogrammen gefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sites&apos; histograms were not released (%1); the table is complete. Open Table 1 again for the histograms.</source>
        <translation>Die Histogramme der Standorte wurden nicht freigegeben (%1); die Tabelle ist vollständig. Öffnen Sie Tabelle 1 erneut, um die Histogramme zu erhalten.</translation>
    </message>
    <message>
        <source>Fits at each site alone — not a study: the nodes&apos; answers are not signed</source>
        <translation>Anpassung an jedem Standort allein — keine Studie: Die Antworten der Knoten sind nicht signiert</translation>
    </message>
    <message>
        <source>Evaluation — not a study (plain mode): the nodes&apos; answers are not signed</source>
        <translation>Evaluation — keine Studie (unmaskierter Modus): Die Antworten der Knoten sind nicht signiert</translation>
    </message>
    <message numerus="yes">
        <source>Every site also signed the %n other study(ies) of this run (%1), and every signature verified (the table below, per study).</source>
        <translation>
            <numerusform>Jeder Standort hat auch die %n weitere Studie dieser Analyse signiert (%1), und jede Signatur wurde bestätigt (siehe Tabelle unten, je Studie).</numerusform>
            <numerusform>Jeder Standort hat auch die %n weiteren Studien dieser Analyse signiert (%1), und jede Signatur wurde bestätigt (siehe Tabelle unten, je Studie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every site&apos;s signature verified in: %1 (the table below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</source>
        <translation>Nicht alle Signaturen der Standorte wurden bestätigt für: %1 (wo genau, zeigt die Tabelle unten). Verlassen Sie sich nicht auf diese Ergebnisse, bevor die Administratoren der Standorte sie geprüft haben.</translation>
    </message>
    <message>
        <source>%1 — %2 study %3: every site signed it</source>
        <translation>%1 — Studie %3 (%2): Jeder Standort hat sie signiert</translation>
    </message>
    <message>
        <source>%1 — %2 study %3: NOT every site&apos;s signature verified</source>
        <translation>%1 — Studie %3 (%2): NICHT jede Signatur der Standorte wurde bestätigt</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>unmaskiert</translation>
    </message>
    <message>
        <source>Each node answered this request on its job of the fit study, over the site&apos;s pinned connection, under its release gate; only the studies above carry the nodes&apos; signatures.</source>
        <translation>Jeder Knoten hat diese Anfrage in seinem Job der Anpassungsstudie beantwortet, über die gepinnte Verbindung des Standorts und unter seiner Freigabeprüfung; nur die Studien oben tragen die Signaturen der Knoten.</translation>
    </message>
    <message>
        <source>Signed result</source>
        <translation>Ergebnis signiert</translation>
    </message>
    <message>
        <source>%1 is a number: give at least two cell edges, in increasing order, each an edge of every site&apos;s histogram of %1 (describe %1 to see them).</source>
        <translation>%1 ist numerisch: Geben Sie mindestens zwei Zellgrenzen in aufsteigender Reihenfolge an, jede eine Grenze im Histogramm jedes Standorts für %1 (beschreiben Sie %1, um sie zu sehen).</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>Runs are kept in a workspace, and this session has none: File ▸ New Workspace… keeps its sites and design, and every run after that.</source>
        <translation>Analysen werden in einem Arbeitsbereich gespeichert, und diese Sitzung hat keinen: Datei ▸ Neuer Arbeitsbereich… speichert ihre Standorte und ihren Entwurf sowie jede spätere Analyse.</translation>
    </message>
    <message>
        <source>No runs yet: Design ▸ Run on Sites… runs the design, and every run is kept here.</source>
        <translation>Noch keine Analysen: Entwurf ▸ An Standorten ausführen… führt den Entwurf aus, und jede Analyse wird hier gespeichert.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3; DeLong). The model was fitted elsewhere: this is its performance on these sites&apos; records (external validation), not an apparent one.</source>
        <translation>AUC %1 (95%-KI %2 bis %3; DeLong). Das Modell wurde anderswo angepasst: Dies ist seine Güte auf den Datensätzen dieser Standorte (externe Validierung), keine scheinbare.</translation>
    </message>
    <message>
        <source>Apparent AUC %1 (95% CI %2 to %3; DeLong). Apparent: the model is scored on the records it was fitted on, which is optimistic; see the validation for performance at sites left out.</source>
        <translation>Scheinbare AUC %1 (95%-KI %2 bis %3; DeLong). Scheinbar: Das Modell wird auf den Datensätzen bewertet, an die es angepasst wurde, was optimistisch ist; die Güte an ausgelassenen Standorten zeigt die Validierung.</translation>
    </message>
    <message>
        <source>The study was masked: pairs of records within one site are ordered exactly where the site&apos;s node released its statistic, pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</source>
        <translation>Die Studie war maskiert: Paare von Datensätzen innerhalb eines Standorts sind exakt geordnet, wo der Knoten des Standorts seine Statistik freigab, Paare über Standorte hinweg sind aus den zusammengefassten Risikoklassen geschätzt, und für den Fehler dieser Schätzung gibt es keine Schranke.</translation>
    </message>
    <message numerus="yes">
        <source>The study was masked: pairs of records within one site are ordered exactly at %1 of %n site(s), pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</source>
        <translation>
            <numerusform>Die Studie war maskiert: Paare von Datensätzen innerhalb eines Standorts sind an %1 von %n Standort exakt geordnet, Paare über Standorte hinweg sind aus den zusammengefassten Risikoklassen geschätzt, und für den Fehler dieser Schätzung gibt es keine Schranke.</numerusform>
            <numerusform>Die Studie war maskiert: Paare von Datensätzen innerhalb eines Standorts sind an %1 von %n Standorten exakt geordnet, Paare über Standorte hinweg sind aus den zusammengefassten Risikoklassen geschätzt, und für den Fehler dieser Schätzung gibt es keine Schranke.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model has no outcome: select the variable to predict in the catalogue and press Add as outcome (or drag it onto the canvas with Shift held).</source>
        <translation>Das Modell hat keine Zielgröße: Wählen Sie die vorherzusagende Variable im Katalog und drücken Sie „Als Zielgröße hinzufügen“ (oder ziehen Sie sie mit gedrückter Umschalttaste auf die Arbeitsfläche).</translation>
    </message>
    <message>
        <source>The model has no predictors: select variables in the catalogue and press Add as predictor (or drag them onto the canvas).</source>
        <translation>Das Modell hat keine Prädiktoren: Wählen Sie Variablen im Katalog und drücken Sie „Als Prädiktor hinzufügen“ (oder ziehen Sie sie auf die Arbeitsfläche).</translation>
    </message>
    <message>
        <source>Decision curve: net benefit by risk threshold</source>
        <translation>Entscheidungskurve: Nettonutzen nach Risikoschwellenwert</translation>
    </message>
    <message>
        <source>Discrimination (ROC)</source>
        <translation>Trennschärfe (ROC)</translation>
    </message>
    <message>
        <source>AUC per site with 95% intervals</source>
        <translation>AUC je Standort mit 95%-Intervallen</translation>
    </message>
    <message>
        <source>AUC 95% CI</source>
        <translation>AUC 95%-KI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Fitted in one round, in closed form: there is no convergence to show.</source>
        <translation>In einer Runde angepasst, in geschlossener Form: Es gibt keine Konvergenz zu zeigen.</translation>
    </message>
    <message>
        <source>The study was masked, so the sites released only the pooled AUC: the AUC cannot be compared between sites. A plain run (where the sites&apos; policies allow it) or Analyses ▸ Validate Across Sites gives one per site.</source>
        <translation>Die Studie war maskiert, daher haben die Standorte nur die gepoolte AUC freigegeben: Die AUC lässt sich nicht zwischen Standorten vergleichen. Ein einfacher Lauf (wo die Richtlinien der Standorte ihn erlauben) oder Auswertungen ▸ Über Standorte validieren liefert eine pro Standort.</translation>
    </message>
    <message>
        <source>Every site would run this design as its earlier releases stand now. Nothing was computed. A release made before the run starts, by you or another analyst, can still make a site refuse the cohort (differencing).</source>
        <translation>Jede Site würde dieses Design ausführen, so wie ihre früheren Freigaben jetzt stehen. Es wurde nichts berechnet. Eine Freigabe vor dem Start des Laufs, durch Sie oder eine andere Analystin, kann eine Site die Kohorte noch ablehnen lassen (differencing).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Cohort: complete cases of %n variable(s)</source>
        <translation>
            <numerusform>Kohorte: vollständige Fälle von %n Variable</numerusform>
            <numerusform>Kohorte: vollständige Fälle von %n Variablen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort: %n filter(s), pinned</source>
        <translation>
            <numerusform>Kohorte: %n Filter, festgelegt</numerusform>
            <numerusform>Kohorte: %n Filter, festgelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>The cohort is pinned to the complete cases of %1 variables; the sites take at most %2: pin it to the variables of the largest model only.</source>
        <translation>Die Kohorte ist auf die vollständigen Fälle von %1 Variablen festgelegt; die Standorte akzeptieren höchstens %2: Legen Sie sie nur auf die Variablen des größten Modells fest.</translation>
    </message>
    <message>
        <source>Complete cases: a record missing any of these variables is left out, as if they were in the model. Pin the cohort to the variables of the largest model you plan, so that each model of the series uses the same records.</source>
        <translation>Vollständige Fälle: Ein Datensatz, dem eine dieser Variablen fehlt, wird ausgelassen, als wären sie im Modell. Legen Sie die Kohorte auf die Variablen des größten geplanten Modells fest, damit jedes Modell der Reihe dieselben Datensätze verwendet.</translation>
    </message>
    <message>
        <source>Complete cases of</source>
        <translation>Vollständige Fälle von</translation>
    </message>
    <message>
        <source>variables separated by commas</source>
        <translation>durch Kommas getrennte Variablen</translation>
    </message>
    <message>
        <source>&amp;Pin to the model&apos;s variables</source>
        <translation>Auf die Variablen des Modells &amp;festlegen</translation>
    </message>
    <message>
        <source>Adds the model&apos;s outcome, predictors and offset to the complete cases.</source>
        <translation>Fügt Zielgröße, Prädiktoren und Offset des Modells zu den vollständigen Fällen hinzu.</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message numerus="yes">
        <source>The masked descriptives study ended without a result: %n site(s) refused or failed.</source>
        <translation>
            <numerusform>Die maskierte deskriptive Studie endete ohne Ergebnis: %n Standort hat abgelehnt oder ist gescheitert.</numerusform>
            <numerusform>Die maskierte deskriptive Studie endete ohne Ergebnis: %n Standorte haben abgelehnt oder sind gescheitert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funnel plot: it compares each area with the pooled rate of all, so it needs two or more areas that released this indicator; %n did.</source>
        <translation>
            <numerusform>Trichterdiagramm: Es vergleicht jedes Gebiet mit der gepoolten Rate aller Gebiete und braucht daher zwei oder mehr Gebiete, die diesen Indikator freigegeben haben; das hat %n getan.</numerusform>
            <numerusform>Trichterdiagramm: Es vergleicht jedes Gebiet mit der gepoolten Rate aller Gebiete und braucht daher zwei oder mehr Gebiete, die diesen Indikator freigegeben haben; das haben %n getan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort: the complete cases of %1 and the model&apos;s variables.</source>
        <translation>Kohorte: die vollständigen Fälle von %1 und der Variablen des Modells.</translation>
    </message>
    <message>
        <source>%1, per %2</source>
        <translation>%1, pro %2</translation>
    </message>
    <message>
        <source>Analysis &amp;Purpose…</source>
        <translation>Analyse&amp;zweck…</translation>
    </message>
    <message>
        <source>Choose the purpose Table 1 and the dashboard ask the sites under; they keep it until the workspace closes.</source>
        <translation>Wählen Sie den Zweck, unter dem Tabelle 1 und das Dashboard die Standorte abfragen; sie behalten ihn, bis der Arbeitsbereich geschlossen wird.</translation>
    </message>
    <message numerus="yes">
        <source>Table 1: the cohort pooled over %n site(s), masked — purpose %1</source>
        <translation>
            <numerusform>Tabelle 1: die Kohorte zusammengefasst über %n Standort, maskiert — Zweck %1</numerusform>
            <numerusform>Tabelle 1: die Kohorte zusammengefasst über %n Standorte, maskiert — Zweck %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In the trend, a square on the axis in an area&apos;s colour is a year the area withheld (fewer records than its threshold, or withheld to protect another cell); the line breaks there.</source>
        <translation>Im Trend ist ein Quadrat auf der Achse in der Farbe eines Gebiets ein Jahr, das das Gebiet zurückgehalten hat (weniger Datensätze als seine Schwelle oder zurückgehalten, um eine andere Zelle zu schützen); die Linie ist dort unterbrochen.</translation>
    </message>
    <message>
        <source>natural log</source>
        <translation>natürlicher Logarithmus</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>standardisiert</translation>
    </message>
    <message numerus="yes">
        <source>spline, %n knot(s)</source>
        <translation>
            <numerusform>Spline, %n Knoten</numerusform>
            <numerusform>Spline, %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>winsorised</source>
        <translation>winsorisiert</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Analysis Purpose</source>
        <translation>Analysezweck</translation>
    </message>
    <message>
        <source>No site online lists a purpose for your tokens. Check the sites (F5), or ask the site administrators which purposes your tokens allow.</source>
        <translation>Kein erreichbarer Standort nennt einen Zweck für Ihre Tokens. Prüfen Sie die Standorte (F5) oder fragen Sie die Standortadministratoren, welche Zwecke Ihre Tokens erlauben.</translation>
    </message>
    <message>
        <source>Table 1 and the dashboard ask the sites under this purpose until the workspace closes; each site describes the records whose consent covers it. A run or a validation asks for its own.</source>
        <translation>Tabelle 1 und das Dashboard fragen die Standorte unter diesem Zweck ab, bis der Arbeitsbereich geschlossen wird; jeder Standort beschreibt die Datensätze, deren Einwilligung ihn abdeckt. Ein Lauf oder eine Validierung fragt nach einem eigenen.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Table 1 and the dashboard ask under the purpose %1.</source>
        <translation>Tabelle 1 und das Dashboard fragen unter dem Zweck %1 ab.</translation>
    </message>
    <message>
        <source>The language of this session: en, nl, de or fr (default: Preferences ▸ Language, else the system&apos;s). Not saved.</source>
        <translation>Die Sprache dieser Sitzung: en, nl, de oder fr (Standard: Einstellungen ▸ Sprache, sonst die des Systems). Wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>fairstart: unknown --lang &apos;%1&apos;; use one of: %2</source>
        <translation>fairstart: unbekannte --lang &apos;%1&apos;; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>Open &amp;Model File…</source>
        <translation>&amp;Modelldatei öffnen…</translation>
    </message>
    <message>
        <source>Open a model file from the analyst in reviewer mode and use its risk calculator; no workspace or network needed.</source>
        <translation>Öffnen Sie eine Modelldatei der Analystin oder des Analysten in der Ansicht für Fachkräfte und nutzen Sie ihren Risikorechner; kein Arbeitsbereich und kein Netzwerk nötig.</translation>
    </message>
    <message>
        <source>&amp;Table 1: Cohort Pooled over Sites…</source>
        <translation>&amp;Tabelle 1: Kohorte über Standorte zusammengefasst…</translation>
    </message>
    <message numerus="yes">
        <source>Describe the design&apos;s variables pooled over the %n sites, as a masked study: no site&apos;s own numbers are released, so there is no column per site.</source>
        <translation>
            <numerusform>Beschreibt die Variablen des Entwurfs zusammengefasst über den %n Standort als maskierte Studie: Kein Standort gibt eigene Zahlen frei, daher gibt es keine Spalte je Standort.</numerusform>
            <numerusform>Beschreibt die Variablen des Entwurfs zusammengefasst über die %n Standorte als maskierte Studie: Kein Standort gibt eigene Zahlen frei, daher gibt es keine Spalte je Standort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Eine Modelldatei öffnen</translation>
    </message>
    <message>
        <source>A model from the analyst: read about it and use its risk calculator, offline.</source>
        <translation>Ein Modell der Analystin oder des Analysten: darüber lesen und seinen Risikorechner nutzen, offline.</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>Modelldatei öffnen</translation>
    </message>
    <message>
        <source>Fairstart model (*.%1);;All files (*)</source>
        <translation>Fairstart-Modell (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Published model</source>
        <comment>file name without extension</comment>
        <translation>Veröffentlichtes Modell</translation>
    </message>
    <message>
        <source>Could not save the model file %1: %2. Choose another folder and try again.</source>
        <translation>Die Modelldatei %1 konnte nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the model file (it ends in .%2).</source>
        <translation>%1 ist ein Ordner. Wählen Sie die Modelldatei (sie endet auf .%2).</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the file&apos;s name and that you may read it.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Prüfen Sie den Namen der Datei und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is not a Fairstart model file (it is far too big). Ask the analyst who published the model for its model file.</source>
        <translation>%1 ist keine Fairstart-Modelldatei (sie ist viel zu groß). Bitten Sie die Person, die das Modell veröffentlicht hat, um die Modelldatei.</translation>
    </message>
    <message>
        <source>%1 is not a Fairstart model file, or it was cut short. Ask the analyst who published the model for its model file (reviewer mode, Save Model File).</source>
        <translation>%1 ist keine Fairstart-Modelldatei, oder sie ist unvollständig. Bitten Sie die Person, die das Modell veröffentlicht hat, um die Modelldatei (Ansicht für Fachkräfte, Modelldatei speichern).</translation>
    </message>
    <message>
        <source>Save &amp;Model File…</source>
        <translation>&amp;Modelldatei speichern…</translation>
    </message>
    <message>
        <source>Save this model as a file for professionals</source>
        <translation>Dieses Modell als Datei für Fachkräfte speichern</translation>
    </message>
    <message>
        <source>%1 has no value. Type a value from %2 to %3.</source>
        <translation>%1 hat keinen Wert. Geben Sie einen Wert von %2 bis %3 ein.</translation>
    </message>
    <message>
        <source>%1: %2 is not a value this calculator takes. Type a value from %3 to %4, the values the model was made for.</source>
        <translation>%1: %2 ist kein Wert, den dieser Rechner annimmt. Geben Sie einen Wert von %3 bis %4 ein, die Werte, für die das Modell gemacht wurde.</translation>
    </message>
    <message>
        <source>For comparison: of 100 children in the data the model was built on, about %1 had %2.</source>
        <translation>Zum Vergleich: Von 100 Kindern in den Daten, auf denen das Modell beruht, hatten etwa %1 %2.</translation>
    </message>
    <message>
        <source>Calculated on %1</source>
        <translation>Berechnet am %1</translation>
    </message>
    <message>
        <source>Save model file</source>
        <translation>Modelldatei speichern</translation>
    </message>
    <message>
        <source>Fairstart model (*.%1)</source>
        <translation>Fairstart-Modell (*.%1)</translation>
    </message>
    <message>
        <source>A model file (.fairstart-model, saved in reviewer mode) to open in reviewer mode, as File ▸ Open Model File… does.</source>
        <translation>Eine Modelldatei (.fairstart-model, in der Ansicht für Fachkräfte gespeichert), die in der Ansicht für Fachkräfte geöffnet wird, wie Datei ▸ Modelldatei öffnen… es tut.</translation>
    </message>
    <message>
        <source>I build models: show workspaces and sites</source>
        <translation>Ich erstelle Modelle: Arbeitsbereiche und Standorte anzeigen</translation>
    </message>
    <message>
        <source>I only use model files: show the start page for professionals</source>
        <translation>Ich nutze nur Modelldateien: die Startseite für Fachkräfte anzeigen</translation>
    </message>
    <message>
        <source>Recent model files</source>
        <translation>Zuletzt geöffnete Modelldateien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent model files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Modelldateien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fairstart&lt;/h1&gt;&lt;p&gt;Open the model file the analyst sent you: read what the model predicts and for whom, and estimate the risk of the child in front of you. What you type stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fairstart&lt;/h1&gt;&lt;p&gt;Öffnen Sie die Modelldatei, die Ihnen die Analystin oder der Analyst geschickt hat: Lesen Sie, was das Modell vorhersagt und für wen, und schätzen Sie das Risiko des Kindes vor Ihnen. Was Sie eingeben, bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 was not opened: you did not confirm that the key it is signed with (%2) is the one your organisation published for %3. When you have checked it, open the file again.</source>
        <translation>%1 wurde nicht geöffnet: Sie haben nicht bestätigt, dass der Schlüssel, mit dem sie signiert ist (%2), der ist, den Ihre Organisation für %3 veröffentlicht hat. Öffnen Sie die Datei erneut, wenn Sie es geprüft haben.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The model &lt;b&gt;%1&lt;/b&gt; is signed by &lt;b&gt;%2&lt;/b&gt; on %3, and has not been changed since.&lt;/p&gt;&lt;p&gt;No model from this signer has been opened on this computer before. Fairstart cannot know by itself whose key this is: compare the key below with the one your organisation published for this signer (on its intranet, or ask them by phone). Only if they are the same, choose &lt;i&gt;Trust and Open&lt;/i&gt;; Fairstart then remembers this signer.&lt;/p&gt;&lt;p&gt;Key: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Modell &lt;b&gt;%1&lt;/b&gt; ist von &lt;b&gt;%2&lt;/b&gt; am %3 signiert und seitdem nicht verändert worden.&lt;/p&gt;&lt;p&gt;Auf diesem Computer wurde noch kein Modell dieses Unterzeichners geöffnet. Fairstart kann nicht selbst wissen, wessen Schlüssel das ist: Vergleichen Sie den Schlüssel unten mit dem, den Ihre Organisation für diesen Unterzeichner veröffentlicht hat (im Intranet, oder fragen Sie telefonisch nach). Nur wenn sie gleich sind, wählen Sie &lt;i&gt;Vertrauen und öffnen&lt;/i&gt;; Fairstart merkt sich dann diesen Unterzeichner.&lt;/p&gt;&lt;p&gt;Schlüssel: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Careful:&lt;/b&gt; another key was trusted for %1 before (%2). A new key can mean that %1 works from a new workspace, or that someone else signs in %1&apos;s name. Ask %1 before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorsicht:&lt;/b&gt; Für %1 wurde zuvor ein anderer Schlüssel als vertrauenswürdig angenommen (%2). Ein neuer Schlüssel kann bedeuten, dass %1 aus einem neuen Arbeitsbereich arbeitet oder dass jemand anderes im Namen von %1 signiert. Fragen Sie %1, bevor Sie ihm vertrauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check who signed this model</source>
        <translation>Prüfen Sie, wer dieses Modell signiert hat</translation>
    </message>
    <message>
        <source>&amp;Trust and Open</source>
        <translation>&amp;Vertrauen und öffnen</translation>
    </message>
    <message>
        <source>Open the workspace first: model files are signed with its key.</source>
        <translation>Öffnen Sie zuerst den Arbeitsbereich: Modelldateien werden mit seinem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Give the name professionals will see as the model file&apos;s signer.</source>
        <translation>Geben Sie den Namen an, den Fachkräfte als Unterzeichner der Modelldatei sehen werden.</translation>
    </message>
    <message>
        <source>Could not make a signing key (libsodium did not start). Restart Fairstart and try again.</source>
        <translation>Es konnte kein Signaturschlüssel erstellt werden (libsodium ist nicht gestartet). Starten Sie Fairstart neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign model files</source>
        <translation>Modelldateien signieren</translation>
    </message>
    <message>
        <source>Model files are signed with a key of this workspace, so that professionals can tell a changed copy. Under which name will they see it? (Your name and organisation, as your colleagues know them.)</source>
        <translation>Modelldateien werden mit einem Schlüssel dieses Arbeitsbereichs signiert, damit Fachkräfte eine veränderte Kopie erkennen. Unter welchem Namen sehen sie ihn? (Ihr Name und Ihre Organisation, wie Ihre Kolleginnen und Kollegen sie kennen.)</translation>
    </message>
    <message>
        <source>No model file opened yet.</source>
        <translation>Noch keine Modelldatei geöffnet.</translation>
    </message>
    <message>
        <source>Could not save the model file %1: the workspace&apos;s signing key is missing. Open the workspace again and try again.</source>
        <translation>Die Modelldatei %1 konnte nicht gespeichert werden: Der Signaturschlüssel des Arbeitsbereichs fehlt. Öffnen Sie den Arbeitsbereich erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not signed, so nothing shows whether someone changed its numbers after the analyst saved it (a model file saved before Fairstart signed them, or one whose signature was removed). Do not use it: ask the analyst who published the model to save it again (reviewer mode, Save Model File) and to send you the new file.</source>
        <translation>%1 ist nicht signiert, daher zeigt nichts, ob jemand seine Zahlen geändert hat, nachdem die Analystin oder der Analyst es gespeichert hat (eine Modelldatei von vor der Signatur durch Fairstart oder eine, deren Signatur entfernt wurde). Verwenden Sie sie nicht: Bitten Sie die Person, die das Modell veröffentlicht hat, es erneut zu speichern (Ansicht für Fachkräfte, Modelldatei speichern) und Ihnen die neue Datei zu senden.</translation>
    </message>
    <message>
        <source>%1 has a damaged signature, so nothing shows who saved it or whether it was changed. Do not use it: ask the analyst who published the model for the file again.</source>
        <translation>%1 hat eine beschädigte Signatur, daher zeigt nichts, wer es gespeichert hat oder ob es verändert wurde. Verwenden Sie es nicht: Bitten Sie die Person, die das Modell veröffentlicht hat, erneut um die Datei.</translation>
    </message>
    <message>
        <source>%1 was changed after %2 signed it on %3: its numbers or words are no longer the ones the analyst published, and risks calculated with it could be wrong. Do not use it. Ask %2 for the file again, and tell them (or your privacy officer) that this copy was changed.</source>
        <translation>%1 wurde verändert, nachdem %2 es am %3 signiert hat: Seine Zahlen oder Wörter sind nicht mehr die veröffentlichten, und damit berechnete Risiken könnten falsch sein. Verwenden Sie es nicht. Bitten Sie %2 erneut um die Datei und teilen Sie ihnen (oder Ihrer bzw. Ihrem Datenschutzbeauftragten) mit, dass diese Kopie verändert wurde.</translation>
    </message>
    <message>
        <source>%1 is signed by %2, but its coefficients cannot be trusted: %3. Risks calculated with it could be wrong. Do not use it; ask %2 for the file again and tell them what this message says.</source>
        <translation>%1 ist von %2 signiert, aber seinen Koeffizienten ist nicht zu trauen: %3. Damit berechnete Risiken könnten falsch sein. Verwenden Sie es nicht; bitten Sie %2 erneut um die Datei und sagen Sie, was diese Meldung sagt.</translation>
    </message>
    <message>
        <source>the record of the sites&apos; study does not belong to its manifest</source>
        <translation>der Bericht der Studie der Standorte gehört nicht zu ihrem Manifest</translation>
    </message>
    <message>
        <source>the model&apos;s design is not the one the sites signed</source>
        <translation>der Entwurf des Modells ist nicht der, den die Standorte signiert haben</translation>
    </message>
    <message>
        <source>the sites&apos; study names no site</source>
        <translation>die Studie der Standorte nennt keinen Standort</translation>
    </message>
    <message>
        <source>site %1 did not sign the study these coefficients come from</source>
        <translation>Standort %1 hat die Studie, aus der diese Koeffizienten stammen, nicht signiert</translation>
    </message>
    <message>
        <source>site %1&apos;s signed result does not verify</source>
        <translation>das signierte Ergebnis von Standort %1 lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>the coefficients are not the ones site %1 computed and signed</source>
        <translation>die Koeffizienten sind nicht die, die Standort %1 berechnet und signiert hat</translation>
    </message>
    <message>
        <source>site %1 did not sign these coefficients</source>
        <translation>Standort %1 hat diese Koeffizienten nicht signiert</translation>
    </message>
    <message>
        <source>Who signed this model</source>
        <translation>Wer dieses Modell signiert hat</translation>
    </message>
    <message>
        <source>A file professionals open with File ▸ Open Model File… to use the risk calculator, without a workspace and offline. It holds the model and these words, no records, and is signed with this workspace&apos;s key so that they can tell a changed copy.</source>
        <translation>Eine Datei, die Fachkräfte mit Datei ▸ Modelldatei öffnen… öffnen, um den Risikorechner zu nutzen, ohne Arbeitsbereich und offline. Sie enthält das Modell und diese Texte, keine Datensätze, und ist mit dem Schlüssel dieses Arbeitsbereichs signiert, damit sie eine veränderte Kopie erkennen.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (key %3); not changed since.</source>
        <translation>Signiert von %1 am %2 (Schlüssel %3); seitdem nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>The %n site(s) that computed it (%1) signed these coefficients.</source>
        <translation>
            <numerusform>Der %n Standort, der es berechnet hat (%1), hat diese Koeffizienten signiert.</numerusform>
            <numerusform>Die %n Standorte, die es berechnet haben (%1), haben diese Koeffizienten signiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file carries no signatures of the sites for its coefficients (a run from before the sites signed their results): only the analyst vouches for them.</source>
        <translation>Die Datei trägt keine Signaturen der Standorte für ihre Koeffizienten (ein Lauf von vor der Signatur der Ergebnisse durch die Standorte): Nur die Analystin oder der Analyst bürgt für sie.</translation>
    </message>
    <message>
        <source>Fairstart checked the signature when it opened the file: a file changed after it was signed is not opened. Compare the key with the one your organisation published for %1.</source>
        <translation>Fairstart hat die Signatur beim Öffnen der Datei geprüft: Eine nach der Signatur veränderte Datei wird nicht geöffnet. Vergleichen Sie den Schlüssel mit dem, den Ihre Organisation für %1 veröffentlicht hat.</translation>
    </message>
    <message>
        <source>Key of site %1: %2</source>
        <translation>Schlüssel von Standort %1: %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Model Files</source>
        <translation>Modelldateien</translation>
    </message>
    <message>
        <source>%1 was not opened: your organisation&apos;s list of trusted signers (%2) has an error (%3), so Fairstart cannot tell whether the key this model is signed with was revoked. Tell your administrator; &apos;fairstart --check-signers&apos; shows every error in the list.</source>
        <translation>%1 wurde nicht geöffnet: Die Liste vertrauenswürdiger Unterzeichner Ihrer Organisation (%2) enthält einen Fehler (%3), daher kann Fairstart nicht feststellen, ob der Schlüssel, mit dem dieses Modell signiert ist, widerrufen wurde. Melden Sie es Ihrer Administration; &apos;fairstart --check-signers&apos; zeigt jeden Fehler der Liste.</translation>
    </message>
    <message>
        <source>%1 was not opened: your organisation revoked the key it is signed with (%2, %3). Whoever holds that key may no longer sign models: do not use this file, nor other copies signed with that key.</source>
        <translation>%1 wurde nicht geöffnet: Ihre Organisation hat den Schlüssel widerrufen, mit dem es signiert ist (%2, %3). Wer diesen Schlüssel besitzt, darf keine Modelle mehr signieren: Verwenden Sie diese Datei nicht, auch keine anderen mit diesem Schlüssel signierten Kopien.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s reason: %1.</source>
        <translation>Die Begründung Ihrer Organisation: %1.</translation>
    </message>
    <message>
        <source>Ask %1 for a newly signed file of this model (signed with their new key), or ask your administrator.</source>
        <translation>Bitten Sie %1 um eine neu signierte Datei dieses Modells (mit dem neuen Schlüssel signiert), oder fragen Sie Ihre Administration.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your organisation&apos;s list of trusted signers does not list this key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Liste vertrauenswürdiger Unterzeichner Ihrer Organisation führt diesen Schlüssel nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model files from this workspace are signed by %1 with the key

%2

The first time professionals open one, Fairstart shows them this key and asks them to compare it with the one your organisation published: publish it (on the intranet, say) and tell them where, or ask your administrator to add it to the organisation&apos;s list of trusted signers. File ▸ Preferences ▸ Model Files shows the key again and copies it.</source>
        <translation>Modelldateien aus diesem Arbeitsbereich werden von %1 mit dem Schlüssel

%2

signiert. Wenn Fachkräfte zum ersten Mal eine öffnen, zeigt Fairstart ihnen diesen Schlüssel und bittet sie, ihn mit dem von Ihrer Organisation veröffentlichten zu vergleichen: Veröffentlichen Sie ihn (etwa im Intranet) und sagen Sie ihnen wo, oder bitten Sie Ihre Administration, ihn in die Liste vertrauenswürdiger Unterzeichner der Organisation aufzunehmen. Datei ▸ Einstellungen ▸ Modelldateien zeigt den Schlüssel erneut und kopiert ihn.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (key %3, on your organisation&apos;s list of trusted signers); not changed since.</source>
        <translation>Signiert von %1 am %2 (Schlüssel %3, auf der Liste vertrauenswürdiger Unterzeichner Ihrer Organisation); seitdem nicht verändert.</translation>
    </message>
    <message>
        <source>Fairstart checked the signature when it opened the file: a file changed after it was signed is not opened. Your organisation&apos;s administrator lists this key as %1&apos;s; the file names its signer &quot;%2&quot;.</source>
        <translation>Fairstart hat die Signatur beim Öffnen der Datei geprüft: Eine nach dem Signieren veränderte Datei wird nicht geöffnet. Die Administration Ihrer Organisation führt diesen Schlüssel als den von %1; die Datei nennt als Unterzeichner &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: this is not a list of signers.</source>
        <translation>%1 ist größer als 1 MiB: Das ist keine Liste von Unterzeichnern.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&apos;revoked&apos; without a key after it</source>
        <translation>&apos;revoked&apos; ohne Schlüssel dahinter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key: write the key&apos;s fingerprint as the analyst&apos;s workbench shows it (eight groups of four hex digits), then the signer&apos;s name</source>
        <translation>&apos;%1&apos; ist kein Schlüssel: Schreiben Sie den Fingerabdruck des Schlüssels, wie die Workbench der Analystin oder des Analysten ihn zeigt (acht Gruppen zu vier Hexziffern), dann den Namen der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>the fingerprint has %1 hex digits instead of 32 (eight groups of four): a digit or a group is missing or one too many</source>
        <translation>der Fingerabdruck hat %1 Hexziffern statt 32 (acht Gruppen zu vier): Eine Ziffer oder Gruppe fehlt oder ist zu viel</translation>
    </message>
    <message>
        <source>no name after the key: write the name professionals will see for this signer</source>
        <translation>kein Name nach dem Schlüssel: Schreiben Sie den Namen, den Fachkräfte für diese unterzeichnende Person sehen</translation>
    </message>
    <message>
        <source>the key of line %1 again, under another name: keep one</source>
        <translation>erneut der Schlüssel aus Zeile %1, unter einem anderen Namen: Behalten Sie einen</translation>
    </message>
    <message>
        <source>Your organisation&apos;s list of trusted signers</source>
        <translation>Die Liste vertrauenswürdiger Unterzeichner Ihrer Organisation</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Signers on your organisation&apos;s list</source>
        <translation>Unterzeichner auf der Liste Ihrer Organisation</translation>
    </message>
    <message>
        <source>Signers you trusted on this computer</source>
        <translation>Unterzeichner, denen Sie auf diesem Computer vertraut haben</translation>
    </message>
    <message>
        <source>Model files of these signers open without asking. Forget one, and Fairstart asks again at its next model file.</source>
        <translation>Modelldateien dieser Unterzeichner öffnen sich ohne Nachfrage. Vergessen Sie einen, fragt Fairstart bei der nächsten Modelldatei erneut.</translation>
    </message>
    <message>
        <source>Organisation&apos;s list</source>
        <translation>Liste der Organisation</translation>
    </message>
    <message>
        <source>Signers you trusted</source>
        <translation>Unterzeichner, denen Sie vertraut haben</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Forget the selected signers</source>
        <translation>Die ausgewählten Unterzeichner vergessen</translation>
    </message>
    <message>
        <source>Your signing key (this workspace)</source>
        <translation>Ihr Signaturschlüssel (dieser Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Fingerprint of this workspace&apos;s signing key</source>
        <translation>Fingerabdruck des Signaturschlüssels dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Copy Fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the key&apos;s fingerprint, to send to your organisation&apos;s administrator</source>
        <translation>Kopiert den Fingerabdruck des Schlüssels, um ihn an die Administration Ihrer Organisation zu senden</translation>
    </message>
    <message>
        <source>Copy &amp;Line for the Administrator</source>
        <translation>&amp;Zeile für die Administration kopieren</translation>
    </message>
    <message>
        <source>Copies the line your administrator adds to the list of trusted signers: the fingerprint and your name</source>
        <translation>Kopiert die Zeile, die Ihre Administration in die Liste vertrauenswürdiger Unterzeichner aufnimmt: den Fingerabdruck und Ihren Namen</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>Makes a new key for this workspace&apos;s model files, for when the old one was revoked or may have been copied</source>
        <translation>Erzeugt einen neuen Schlüssel für die Modelldateien dieses Arbeitsbereichs, falls der alte widerrufen wurde oder kopiert worden sein könnte</translation>
    </message>
    <message>
        <source>There is no list at %1: the first time you open a signer&apos;s model file, Fairstart shows you its key to compare with the one your organisation published.</source>
        <translation>Unter %1 gibt es keine Liste: Wenn Sie zum ersten Mal eine Modelldatei einer unterzeichnenden Person öffnen, zeigt Fairstart Ihnen deren Schlüssel zum Vergleich mit dem, den Ihre Organisation veröffentlicht hat.</translation>
    </message>
    <message>
        <source>%1 has an error, so no model file opens until your administrator corrects it:
%2</source>
        <translation>%1 enthält einen Fehler, daher öffnet sich keine Modelldatei, bis Ihre Administration ihn behebt:
%2</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>%1 (installed by your administrator): model files of its trusted signers open without asking, those of revoked keys never open. %2 trusted, %3 revoked.</source>
        <translation>%1 (von Ihrer Administration installiert): Modelldateien der darin vertrauenswürdigen Unterzeichner öffnen sich ohne Nachfrage, die widerrufener Schlüssel nie. %2 vertrauenswürdig, %3 widerrufen.</translation>
    </message>
    <message>
        <source>revoked: its files no longer open</source>
        <translation>widerrufen: seine Dateien öffnen sich nicht mehr</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>This workspace has no key for model files yet: it makes one at its first Save Model File (reviewer mode).</source>
        <translation>Dieser Arbeitsbereich hat noch keinen Schlüssel für Modelldateien: Er erzeugt einen beim ersten Modelldatei speichern (Ansicht für Fachkräfte).</translation>
    </message>
    <message>
        <source>Model files from this workspace are signed by %1 with the key below. Give it to your organisation&apos;s administrator (read it out, or copy it), so that they add it to the list of trusted signers and professionals&apos; workbenches open your model files without asking.</source>
        <translation>Modelldateien aus diesem Arbeitsbereich werden von %1 mit dem Schlüssel unten signiert. Geben Sie ihn der Administration Ihrer Organisation (vorlesen oder kopieren), damit sie ihn in die Liste vertrauenswürdiger Unterzeichner aufnimmt und die Workbenches der Fachkräfte Ihre Modelldateien ohne Nachfrage öffnen.</translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Neuer Signaturschlüssel</translation>
    </message>
    <message>
        <source>Check the organisation&apos;s list of trusted signers of model files (FAIRSTART_TRUSTED_SIGNERS, else %1), print what it holds and every error, then quit: for the administrator who edits it.</source>
        <translation>Die Liste vertrauenswürdiger Unterzeichner von Modelldateien der Organisation prüfen (FAIRSTART_TRUSTED_SIGNERS, sonst %1), ihren Inhalt und jeden Fehler ausgeben, dann beenden: für die Administration, die sie bearbeitet.</translation>
    </message>
    <message>
        <source>fairstart: there is no list of trusted signers at %1 (FAIRSTART_TRUSTED_SIGNERS chooses another file).</source>
        <translation>fairstart: Unter %1 gibt es keine Liste vertrauenswürdiger Unterzeichner (FAIRSTART_TRUSTED_SIGNERS wählt eine andere Datei).</translation>
    </message>
    <message>
        <source>line %1: %2 %3  %4</source>
        <translation>Zeile %1: %2 %3  %4</translation>
    </message>
    <message numerus="yes">
        <source>fairstart: %n error(s): no model file opens on this computer until they are corrected.</source>
        <translation>
            <numerusform>fairstart: %n Fehler: Keine Modelldatei öffnet sich auf diesem Computer, bis er behoben ist.</numerusform>
            <numerusform>fairstart: %n Fehler: Keine Modelldatei öffnet sich auf diesem Computer, bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n signer(s), no errors.</source>
        <translation>
            <numerusform>%1: %n Unterzeichner, keine Fehler.</numerusform>
            <numerusform>%1: %n Unterzeichner, keine Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys this workspace signed with before New Key… replaced them. Files signed with them keep them. If someone else may have one of these keys, ask your administrator to revoke it: send them its revocation line.</source>
        <translation>Schlüssel, mit denen dieser Arbeitsbereich signierte, bevor Neuer Schlüssel… sie ersetzte. Damit signierte Dateien behalten sie. Wenn jemand anderes einen dieser Schlüssel haben könnte, bitten Sie Ihre Administration, ihn zu widerrufen: Senden Sie ihr seine Widerrufszeile.</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Earlier signing keys of this workspace</source>
        <translation>Frühere Signaturschlüssel dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Copy &amp;Revocation Line</source>
        <translation>&amp;Widerrufszeile kopieren</translation>
    </message>
    <message>
        <source>Copies the line with which your administrator revokes the selected key in the list of trusted signers</source>
        <translation>Kopiert die Zeile, mit der Ihre Administration den gewählten Schlüssel in der Liste vertrauenswürdiger Unterzeichner widerruft</translation>
    </message>
    <message>
        <source>replaced on %1</source>
        <translation>ersetzt am %1</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>trusted: ask to revoke it</source>
        <translation>vertrauenswürdig: Widerruf erbitten</translation>
    </message>
    <message>
        <source>Signed as %1</source>
        <translation>Signiert als %1</translation>
    </message>
    <message>
        <source>Make a new key for this workspace&apos;s model files?

Model files you save from now on are signed with the new key; files you signed before keep the old one. Give the new key&apos;s fingerprint to your administrator, and ask them to revoke the old key if someone else may have it. The old key cannot be brought back; its fingerprint stays listed here, with the line that revokes it.</source>
        <translation>Einen neuen Schlüssel für die Modelldateien dieses Arbeitsbereichs erstellen?

Modelldateien, die Sie ab jetzt speichern, werden mit dem neuen Schlüssel signiert; früher signierte Dateien behalten den alten. Geben Sie den Fingerabdruck des neuen Schlüssels Ihrer Administration und bitten Sie sie, den alten Schlüssel zu widerrufen, falls jemand anderes ihn haben könnte. Der alte Schlüssel lässt sich nicht zurückholen; sein Fingerabdruck bleibt hier aufgeführt, mit der Zeile, die ihn widerruft.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Workspace</name>
    <message>
        <source>an unencrypted SQLite database</source>
        <translation>eine unverschlüsselte SQLite-Datenbank</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>ein ZIP-Archiv oder Office-Dokument</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <source>The workspace is in use by another Fairstart window or program. Close it there and try again.</source>
        <translation>Der Arbeitsbereich wird von einem anderen Fairstart-Fenster oder -Programm verwendet. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1). Nothing was changed; open a backup copy.</source>
        <translation>Die Datei des Arbeitsbereichs ist beschädigt (%1). Es wurde nichts geändert; öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde die Änderung nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace file could not be written or read (%1). Check that the disk is available and writable, then try again.</source>
        <translation>Die Datei des Arbeitsbereichs konnte nicht geschrieben oder gelesen werden (%1). Prüfen Sie, ob der Datenträger verfügbar und beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Unexpected database error: %1. The change was not saved; please report this.</source>
        <translation>Unerwarteter Datenbankfehler: %1. Die Änderung wurde nicht gespeichert; bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a new workspace never replaces a file.</source>
        <translation>%1 ist bereits vorhanden. Wählen Sie einen anderen Namen: Ein neuer Arbeitsbereich ersetzt nie eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>%1 exists beside the new workspace and would be mistaken for its journal. Move it away or choose another name.</source>
        <translation>Neben dem neuen Arbeitsbereich liegt bereits %1; diese Datei würde für seine Journaldatei gehalten. Verschieben Sie sie oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The passphrase is empty. Choose a passphrase to encrypt the workspace with.</source>
        <translation>Die Passphrase ist leer. Wählen Sie eine Passphrase, mit der der Arbeitsbereich verschlüsselt wird.</translation>
    </message>
    <message>
        <source>The cryptography library could not start. Please report this.</source>
        <translation>Die Kryptografiebibliothek konnte nicht gestartet werden. Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the encryption key (64 MiB are needed). Close other programs and try again.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (64 MiB werden benötigt). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not create a file in %1 (%2). Check that the folder is writable.</source>
        <translation>In %1 konnte keine Datei angelegt werden (%2). Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 appeared while the workspace was being created. Choose another name.</source>
        <translation>%1 ist entstanden, während der Arbeitsbereich angelegt wurde. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no file at %1. Check the name and folder.</source>
        <translation>Unter %1 gibt es keine Datei. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Fairstart workspace. Choose a .fairstart file.</source>
        <translation>%1 ist ein Ordner, kein Fairstart-Arbeitsbereich. Wählen Sie eine .fairstart-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Fairstart workspace. Choose another file; this one was not changed.</source>
        <translation>%1 ist leer und daher kein Fairstart-Arbeitsbereich. Wählen Sie eine andere Datei; diese Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is %2, not a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 ist %2, kein Fairstart-Arbeitsbereich. Wählen Sie eine .fairstart-Datei; diese Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is too small to be a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 ist zu klein für einen Fairstart-Arbeitsbereich. Wählen Sie eine .fairstart-Datei; diese Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated, or not a Fairstart workspace: its size is not a whole number of pages. It was not changed; open a backup copy.</source>
        <translation>%1 ist beschädigt, abgeschnitten oder kein Fairstart-Arbeitsbereich: Die Dateigröße ist kein ganzzahliges Vielfaches der Seitengröße. Die Datei wurde nicht geändert; öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>%1 ist schreibgeschützt. Kopieren Sie die Datei in einen Ordner, in den Sie schreiben können, oder ändern Sie die Zugriffsrechte, und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check that it exists and is readable and writable.</source>
        <translation>%1 konnte nicht geöffnet werden (%2). Prüfen Sie, ob die Datei existiert und ob sie lesbar und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The encryption key could not be set (%1). Please report this.</source>
        <translation>Der Schlüssel für die Verschlüsselung konnte nicht gesetzt werden (%1). Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (and the keyboard layout) and try again; the file was not changed. If you are sure of the passphrase, the file is damaged or not a workspace: open a backup copy.</source>
        <translation>Die Passphrase öffnet %1 nicht. Prüfen Sie sie (und die Tastaturbelegung) und versuchen Sie es erneut; die Datei wurde nicht geändert. Wenn Sie sich der Passphrase sicher sind, ist die Datei beschädigt oder kein Arbeitsbereich: Öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 ist eine verschlüsselte Datenbank, aber kein Fairstart-Arbeitsbereich. Wählen Sie eine .fairstart-Datei; diese Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Fairstart (workspace version %2; this Fairstart reads up to version %3). Update Fairstart to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Fairstart-Version geschrieben (Arbeitsbereichsversion %2; diese Fairstart-Version liest bis Version %3). Aktualisieren Sie Fairstart, um die Datei zu öffnen; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is a Fairstart workspace without a schema version, so it is damaged. It was not changed; open a backup copy.</source>
        <translation>%1 ist ein Fairstart-Arbeitsbereich ohne Schemaversion und damit beschädigt. Die Datei wurde nicht geändert; öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The file is empty. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Die Datei ist leer. Wählen Sie eine von Fairstart exportierte .fsmodel-Datei.</translation>
    </message>
    <message>
        <source>The file is not valid JSON at %1: %2. Fix it or export the model again.</source>
        <translation>Die Datei enthält kein gültiges JSON (%1): %2. Korrigieren Sie die Datei oder exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>The file holds a JSON array, but a .fsmodel file is one JSON object. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Die Datei enthält ein JSON-Array, eine .fsmodel-Datei ist aber ein einzelnes JSON-Objekt. Wählen Sie eine von Fairstart exportierte .fsmodel-Datei.</translation>
    </message>
    <message>
        <source>The file holds a single JSON value, but a .fsmodel file is one JSON object. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Die Datei enthält einen einzelnen JSON-Wert, eine .fsmodel-Datei ist aber ein JSON-Objekt. Wählen Sie eine von Fairstart exportierte .fsmodel-Datei.</translation>
    </message>
    <message>
        <source>The field &quot;format&quot; is missing, so this is not a .fsmodel file. Choose a file exported by Fairstart.</source>
        <translation>Das Feld &quot;format&quot; fehlt, daher ist dies keine .fsmodel-Datei. Wählen Sie eine von Fairstart exportierte Datei.</translation>
    </message>
    <message>
        <source>The field &quot;format&quot; should be &quot;%1&quot;. This is not a .fsmodel file; choose a file exported by Fairstart.</source>
        <translation>Das Feld &quot;format&quot; sollte &quot;%1&quot; lauten. Dies ist keine .fsmodel-Datei; wählen Sie eine von Fairstart exportierte Datei.</translation>
    </message>
    <message>
        <source>The field &quot;formatVersion&quot; must be a whole number from 1. Export the model again.</source>
        <translation>Das Feld &quot;formatVersion&quot; muss eine ganze Zahl ab 1 sein. Exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>The model was exported by a newer Fairstart (format version %1; this Fairstart reads up to version %2). Update Fairstart to import it.</source>
        <translation>Das Modell wurde von einer neueren Fairstart-Version exportiert (Formatversion %1; diese Fairstart-Version liest bis Version %2). Aktualisieren Sie Fairstart, um es zu importieren.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; must be a non-empty text. Add the model&apos;s name to the file or export it again.</source>
        <translation>Das Feld &quot;name&quot; muss ein nicht leerer Text sein. Ergänzen Sie den Namen des Modells in der Datei oder exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is longer than %1 characters. Shorten it.</source>
        <translation>Das Feld &quot;name&quot; ist länger als %1 Zeichen. Kürzen Sie es.</translation>
    </message>
    <message>
        <source>The field &quot;design&quot; must be a JSON object holding the model design. Export the model again.</source>
        <translation>Das Feld &quot;design&quot; muss ein JSON-Objekt mit dem Modellentwurf sein. Exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose a folder where you can write.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check the free space and try again.</source>
        <translation>%1 konnte nicht gespeichert werden (%2). Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check the name and permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie Namen und Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB, far more than a model design needs. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>%1 ist größer als 16 MiB, weit mehr, als ein Modellentwurf braucht. Wählen Sie eine von Fairstart exportierte .fsmodel-Datei.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The workspace is locked or closed. Unlock it with its passphrase and try again.</source>
        <translation>Der Arbeitsbereich ist gesperrt oder geschlossen. Entsperren Sie ihn mit seiner Passphrase und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no design %1 in this workspace; it may have been deleted. Refresh the list.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Entwurf %1; er wurde möglicherweise gelöscht. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>There is no run %1 in this workspace. Refresh the list.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Analyse %1. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The site name is empty. Enter a name.</source>
        <translation>Der Name des Standorts ist leer. Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; of site %2 is not a web address. Enter it as the node administrator gave it, e.g. https://node.example.org:8443.</source>
        <translation>Die Adresse „%1“ des Standorts %2 ist keine Webadresse. Geben Sie sie so ein, wie die Administration des Knotens sie angegeben hat, z. B. https://node.example.org:8443.</translation>
    </message>
    <message>
        <source>The new passphrase is empty. Choose a passphrase; the old one still applies.</source>
        <translation>Die neue Passphrase ist leer. Wählen Sie eine Passphrase; die bisherige gilt weiterhin.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so the passphrase was not changed. Enter the passphrase you opened the workspace with.</source>
        <translation>Die aktuelle Passphrase ist nicht richtig, daher wurde die Passphrase nicht geändert. Geben Sie die Passphrase ein, mit der Sie den Arbeitsbereich geöffnet haben.</translation>
    </message>
    <message>
        <source>The design name is empty. Enter a name.</source>
        <translation>Der Name des Entwurfs ist leer. Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Design %1 has no version %2. Choose a version from its history.</source>
        <translation>Entwurf %1 hat keine Version %2. Wählen Sie eine Version aus seinem Verlauf.</translation>
    </message>
    <message>
        <source>A design called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Entwurf namens „%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A run needs at least one site. Choose the sites to run at.</source>
        <translation>Eine Analyse braucht mindestens einen Standort. Wählen Sie die Standorte für die Analyse.</translation>
    </message>
    <message>
        <source>Run %1 was not started at site &quot;%2&quot;. Check the site name.</source>
        <translation>Analyse %1 wurde am Standort „%2“ nicht gestartet. Prüfen Sie den Namen des Standorts.</translation>
    </message>
    <message>
        <source>A model of run %1 has been published, so its result can no longer change. Start a new run instead.</source>
        <translation>Ein Modell aus Analyse %1 wurde veröffentlicht, daher kann sich ihr Ergebnis nicht mehr ändern. Starten Sie stattdessen eine neue Analyse.</translation>
    </message>
    <message>
        <source>The model name is empty. Enter a name.</source>
        <translation>Der Name des Modells ist leer. Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Run %1 has no result yet, so there is no model to publish. Wait for the run to finish.</source>
        <translation>Analyse %1 hat noch kein Ergebnis, daher gibt es kein Modell zum Veröffentlichen. Warten Sie, bis die Analyse abgeschlossen ist.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; already exists. Choose another name or edit that site.</source>
        <translation>Ein Standort namens „%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen oder bearbeiten Sie diesen Standort.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Standort namens „%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The setting name is empty.</source>
        <translation>Der Name der Einstellung ist leer.</translation>
    </message>
    <message>
        <source>Request log entry %1 is missing: the log was altered. Keep this workspace as evidence and tell your security contact.</source>
        <translation>Eintrag %1 des Anfrageprotokolls fehlt: Das Protokoll wurde verändert. Bewahren Sie diesen Arbeitsbereich als Beweismittel auf und informieren Sie Ihre Ansprechperson für IT-Sicherheit.</translation>
    </message>
    <message>
        <source>Request log entry %1 does not follow entry %2: entries were removed, inserted or reordered. Keep this workspace as evidence and tell your security contact.</source>
        <translation>Eintrag %1 des Anfrageprotokolls folgt nicht auf Eintrag %2: Einträge wurden entfernt, eingefügt oder umsortiert. Bewahren Sie diesen Arbeitsbereich als Beweismittel auf und informieren Sie Ihre Ansprechperson für IT-Sicherheit.</translation>
    </message>
    <message>
        <source>Request log entry %1 was changed after it was written. Keep this workspace as evidence and tell your security contact.</source>
        <translation>Eintrag %1 des Anfrageprotokolls wurde nach dem Schreiben verändert. Bewahren Sie diesen Arbeitsbereich als Beweismittel auf und informieren Sie Ihre Ansprechperson für IT-Sicherheit.</translation>
    </message>
    <message>
        <source>The newest request log entries were removed (the log should end after a different entry than %1). Keep this workspace as evidence and tell your security contact.</source>
        <translation>Die neuesten Einträge des Anfrageprotokolls wurden entfernt (das Protokoll müsste nach einem anderen Eintrag als %1 enden). Bewahren Sie diesen Arbeitsbereich als Beweismittel auf und informieren Sie Ihre Ansprechperson für IT-Sicherheit.</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot; in this workspace. Refresh the list.</source>
        <translation>Es gibt keinen Standort &quot;%1&quot; in diesem Arbeitsbereich. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Site %1 presents other study keys than the ones recorded for it; they were not replaced. Confirm the new keys with the site&apos;s administrator, then accept them in the Sites panel.</source>
        <translation>Standort %1 legt andere Studienschlüssel vor als die für ihn festgehaltenen; sie wurden nicht ersetzt. Bestätigen Sie die neuen Schlüssel mit dem Administrator des Standorts und akzeptieren Sie sie dann im Bereich Standorte.</translation>
    </message>
    <message>
        <source>The study keys of site %1 are not an Ed25519 and an X25519 public key (base64 of 32 bytes each); nothing was recorded. Check the site again.</source>
        <translation>Die Studienschlüssel des Standorts %1 sind kein öffentlicher Ed25519- und X25519-Schlüssel (base64 von je 32 Bytes); es wurde nichts festgehalten. Prüfen Sie den Standort erneut.</translation>
    </message>
    <message>
        <source>The study keys recorded for site %1 changed since they were shown to you; nothing was replaced. Check the site again and compare the fingerprints once more.</source>
        <translation>Die für den Standort %1 festgehaltenen Studienschlüssel haben sich geändert, seit sie Ihnen angezeigt wurden; es wurde nichts ersetzt. Prüfen Sie den Standort erneut und vergleichen Sie die Fingerabdrücke noch einmal.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Together with earlier releases from this dataset (by any user, for any purpose), these category counts would single out a group of fewer than %1 records. Describe and fit one cohort (the same filters and complete cases), or leave this variable out.</source>
        <translation>Zusammen mit früheren Freigaben aus diesem Datenbestand (durch beliebige Benutzer, für beliebige Zwecke) würden diese Anzahlen je Kategorie eine Gruppe von weniger als %1 Datensätzen herausgreifen. Beschreiben und modellieren Sie ein und dieselbe Kohorte (dieselben Filter und vollständigen Fälle) oder lassen Sie diese Variable weg.</translation>
    </message>
    <message>
        <source>This dataset&apos;s differencing ledger is full (%1 %2): the node releases nothing that would refine it further. Use cohorts and variables already released, or ask the site administrator.</source>
        <translation>Das Differenzregister dieses Datenbestands ist voll (%1 %2): Der Knoten gibt nichts mehr frei, was es weiter verfeinern würde. Verwenden Sie bereits freigegebene Kohorten und Variablen oder wenden Sie sich an den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>No combination of this release with earlier ones singles out fewer than %1 records.</source>
        <translation>Keine Kombination dieser Freigabe mit früheren greift weniger als %1 Datensätze heraus.</translation>
    </message>
    <message>
        <source>The request cannot be computed on this site&apos;s records. The node does not say which record, variable or value is the cause, because that would describe the records. Check the design against the catalogue (levels, transforms, the outcome&apos;s type) or ask the site administrator.</source>
        <translation>Die Anfrage kann auf den Datensätzen dieses Standorts nicht berechnet werden. Der Knoten sagt nicht, welcher Datensatz, welche Variable oder welcher Wert die Ursache ist, denn das würde die Datensätze beschreiben. Gleichen Sie den Entwurf mit dem Katalog ab (Ausprägungen, Transformationen, Typ der Zielgröße) oder wenden Sie sich an den Administrator des Standorts.</translation>
    </message>
    <message>
        <source>Fewer than %1 records of the cohort miss this variable, so its summary would reveal them. Add it to completeCases.</source>
        <translation>Bei weniger als %1 Datensätzen der Kohorte fehlt diese Variable, ihre Zusammenfassung würde diese Datensätze also offenlegen. Nehmen Sie die Variable in completeCases auf.</translation>
    </message>
    <message>
        <source>Even one bin holding every record has fewer than %1 records of an outcome class.</source>
        <translation>Selbst ein einziges Intervall mit allen Datensätzen enthält weniger als %1 Datensätze einer Klasse der Zielgröße.</translation>
    </message>
    <message>
        <source>the passphrase is never taken from the command line (it would show in the process list and the shell history); set FAIRSTART_NODE_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>die Passphrase wird nie von der Befehlszeile übernommen (sie wäre in der Prozessliste und im Shell-Verlauf sichtbar); setzen Sie FAIRSTART_NODE_PASSPHRASE oder verwenden Sie --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>the new passphrase is never taken from the command line (it would show in the process list and the shell history); set FAIRSTART_NODE_NEW_PASSPHRASE or use --new-passphrase-file FILE.</source>
        <translation>die neue Passphrase wird nie von der Befehlszeile übernommen (sie wäre in der Prozessliste und im Shell-Verlauf sichtbar); setzen Sie FAIRSTART_NODE_NEW_PASSPHRASE oder verwenden Sie --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>A numeric variable (%1) is filtered by a minimum and a maximum, not by a list of values: a list could select single records. Give bounds at the edges of the node&apos;s histogram of %1.</source>
        <translation>Eine numerische Variable (%1) wird nach einem Minimum und einem Maximum gefiltert, nicht nach einer Liste von Werten: Eine Liste könnte einzelne Datensätze auswählen. Geben Sie Grenzen an, die auf Grenzen des Histogramms des Knotens für %1 liegen.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for a filter on it (the node&apos;s histogram of it has no edges). Filter by another variable, or leave this filter out at this site.</source>
        <translation>Die Variable %1 enthält an diesem Standort zu wenige unterschiedliche Datensätze für einen Filter (das Histogramm des Knotens für diese Variable hat keine Grenzen). Filtern Sie nach einer anderen Variablen, oder lassen Sie diesen Filter an diesem Standort weg.</translation>
    </message>
    <message>
        <source>Bounds of a numeric filter must be edges of the node&apos;s histogram of %1 (describe %1 to see them), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>Die Grenzen eines numerischen Filters müssen Grenzen des Histogramms des Knotens für %1 sein (beschreiben Sie %1, um sie zu sehen), damit eine Ablehnung nie verrät, wo der Wert eines Datensatzes liegt.</translation>
    </message>
    <message>
        <source>The minimum %1 of the filter on %2 is not allowed.</source>
        <translation>Das Minimum %1 des Filters für %2 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source> A maximum cannot be the highest edge: the records above it could be too few to leave out.</source>
        <translation> Ein Maximum darf nicht die höchste Grenze sein: Es könnten zu wenige Datensätze darüber liegen, um sie auszulassen.</translation>
    </message>
    <message>
        <source>The maximum %1 of the filter on %2 is not allowed.</source>
        <translation>Das Maximum %1 des Filters für %2 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The filter on %1 needs a minimum below its maximum, at two different edges of the node&apos;s histogram of %1.</source>
        <translation>Der Filter für %1 braucht ein Minimum unter seinem Maximum, auf zwei verschiedenen Grenzen des Histogramms des Knotens für %1.</translation>
    </message>
    <message>
        <source>Winsor bounds and an outcome threshold on a numeric variable must be edges of the node&apos;s histogram of %1 (describe %1 to see them; an upper bound or a threshold not its highest edge), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>Winsorisierungsgrenzen und ein Schwellenwert der Zielgröße für eine numerische Variable müssen Histogrammgrenzen des Knotens für %1 sein (beschreiben Sie %1, um sie zu sehen; eine obere Grenze oder ein Schwellenwert nicht die höchste davon), damit eine Ablehnung nie verrät, wo der Wert eines Datensatzes liegt.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for a bound, threshold or knot on it (the node&apos;s histogram of it has too few edges). Leave the transform out at this site.</source>
        <translation>Die Variable %1 enthält an diesem Standort zu wenige unterschiedliche Datensätze für eine Grenze, einen Schwellenwert oder einen Spline-Knoten (das Histogramm des Knotens für sie hat zu wenige Grenzen). Lassen Sie die Transformation an diesem Standort weg.</translation>
    </message>
    <message>
        <source> A bound cannot be the highest edge: the records above it could be too few.</source>
        <translation> Eine Grenze kann nicht die höchste Histogrammgrenze sein: Darüber könnten zu wenige Datensätze liegen.</translation>
    </message>
    <message>
        <source>The bound %1 of winsor(%2, …) is not allowed.</source>
        <translation>Die Grenze %1 von winsor(%2, …) ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>winsor(%1, …) needs a lower bound below its upper bound, at two different edges of the node&apos;s histogram of %1.</source>
        <translation>winsor(%1, …) braucht eine untere Grenze unterhalb der oberen, an zwei verschiedenen Histogrammgrenzen des Knotens für %1.</translation>
    </message>
    <message>
        <source> A threshold cannot be the highest edge: the records above it could be too few.</source>
        <translation> Ein Schwellenwert kann nicht die höchste Histogrammgrenze sein: Darüber könnten zu wenige Datensätze liegen.</translation>
    </message>
    <message>
        <source>The outcome threshold %1 of %2 is not allowed.</source>
        <translation>Der Schwellenwert %1 für %2 als Zielgröße ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Together with earlier releases from this dataset (by any user, for any purpose), this cohort would single out a group of fewer than %1 records. Use the same cohort as before (the same purpose, filters and complete cases: another purpose&apos;s consent selects other records), or one that differs from every earlier one by at least %1 records.</source>
        <translation>Zusammen mit früheren Freigaben aus diesem Datenbestand (durch beliebige Benutzer, für beliebige Zwecke) würde diese Kohorte eine Gruppe von weniger als %1 Datensätzen herausgreifen. Verwenden Sie dieselbe Kohorte wie zuvor (denselben Zweck, dieselben Filter und vollständigen Fälle: Die Einwilligung für einen anderen Zweck wählt andere Datensätze aus) oder eine, die sich von jeder früheren um mindestens %1 Datensätze unterscheidet.</translation>
    </message>
    <message>
        <source>A trend&apos;s period must be a variable of whole units such as a year of birth: this dataset&apos;s values of the period variable span more than %1 periods of one unit. Choose a year variable as the period.</source>
        <translation>Der Zeitraum eines Trends muss eine Variable in ganzen Einheiten sein, etwa ein Geburtsjahr: Die Werte der Zeitraumvariable in diesem Datenbestand umfassen mehr als %1 Zeiträume von je einer Einheit. Wählen Sie eine Jahresvariable als Zeitraum.</translation>
    </message>
    <message>
        <source> A knot cannot be the highest edge: the records above it could be too few.</source>
        <translation> Ein Spline-Knoten kann nicht die höchste Histogrammgrenze sein: Darüber könnten zu wenige Datensätze liegen.</translation>
    </message>
    <message>
        <source>The knot %1 of the spline of %2 is not allowed.</source>
        <translation>Der Spline-Knoten %1 des Splines von %2 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Spline knots must be edges of the node&apos;s histogram of %1 (from %2 to below %3; describe %1 to see them, or let the client place the knots on the edges every site shares), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>Spline-Knoten müssen Grenzen des Histogramms des Knotens für %1 sein (von %2 bis unter %3; beschreiben Sie %1, um sie zu sehen, oder lassen Sie den Client die Spline-Knoten auf die Grenzen legen, die alle Standorte gemeinsam haben), damit eine Ablehnung nie verrät, wo der Wert eines Datensatzes liegt.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for subgroup cells by it (the node&apos;s histogram of it has no edges). Choose another subgroup variable.</source>
        <translation>Die Variable %1 enthält an diesem Standort zu wenige unterschiedliche Datensätze für Untergruppenzellen nach dieser Variablen (das Histogramm des Knotens für diese Variable hat keine Grenzen). Wählen Sie eine andere Untergruppenvariable.</translation>
    </message>
    <message>
        <source>The edge %1 of the subgroup cells of %2 is not allowed.</source>
        <translation>Die Grenze %1 der Untergruppenzellen von %2 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Subgroup edges of a numeric variable must be edges of the node&apos;s histogram of %1 (describe %1 to see them), so that which cells are withheld never tells where a record&apos;s value lies.</source>
        <translation>Untergruppengrenzen einer numerischen Variablen müssen Grenzen des Histogramms des Knotens für %1 sein (beschreiben Sie %1, um sie zu sehen), damit aus den zurückgehaltenen Zellen nie hervorgeht, wo der Wert eines Datensatzes liegt.</translation>
    </message>
    <message>
        <source>The subgroup edges of %1 must increase, each at another edge of the node&apos;s histogram of %1.</source>
        <translation>Die Untergruppengrenzen von %1 müssen aufsteigen, jede auf einer anderen Grenze des Histogramms des Knotens für %1.</translation>
    </message>
    <message>
        <source>Together with an earlier fit of this outcome on this dataset (by any user, for any purpose), this fit&apos;s first round would give the sums of a group of fewer than %1 records with (or without) the outcome. Fit the same cohort as the earlier fits (the same filters and complete cases), or a cohort that differs from it by at least %1 records with and %1 without the outcome.</source>
        <translation>Zusammen mit einer früheren Anpassung dieses Ergebnisses an diesem Datensatz (durch beliebige Benutzer, zu beliebigem Zweck) würde die erste Runde dieser Anpassung die Summen einer Gruppe von weniger als %1 Datensätzen mit (oder ohne) das Ergebnis liefern. Passen Sie dieselbe Kohorte an wie die früheren Anpassungen (dieselben Filter und vollständigen Fälle) oder eine Kohorte, die sich davon um mindestens %1 Datensätze mit und %1 ohne das Ergebnis unterscheidet.</translation>
    </message>
    <message>
        <source>Fewer than %1 records of the cohort hold a value of this variable, so its summary would reveal them. Describe a larger cohort or leave it out.</source>
        <translation>Weniger als %1 Datensätze der Kohorte haben einen Wert dieser Variablen, daher würde ihre Zusammenfassung sie offenlegen. Beschreiben Sie eine größere Kohorte oder lassen Sie die Variable weg.</translation>
    </message>
    <message>
        <source>Together with earlier fits on this dataset (by any user, for any purpose), this release would give the sums of fewer than %1 records of one category. Use the cohort of the earlier fits (the same filters and complete cases), or leave this variable out of the model or the filter.</source>
        <translation>Zusammen mit früheren Modellanpassungen an diesem Datenbestand (durch beliebige Benutzer, für beliebige Zwecke) würde diese Freigabe die Summen von weniger als %1 Datensätzen einer Kategorie ergeben. Verwenden Sie die Kohorte der früheren Anpassungen (dieselben Filter und vollständigen Fälle) oder lassen Sie diese Variable aus dem Modell oder dem Filter weg.</translation>
    </message>
    <message>
        <source>Together with an earlier trend of the same variable by the same period on this dataset (by any user, for any purpose) over another cohort, this trend would give the trend of the records one cohort holds and the other does not, and a year or a level of it holds fewer than %1 records. (Level counts over a range of the period, and a histogram of the period over some of the variable&apos;s levels, are parts of that trend.) Ask for the trend over the cohort of the earlier one (the same filters and complete cases), or over a cohort that differs from it by at least %1 records in every year and level.</source>
        <translation>Zusammen mit einem früheren Trend derselben Variablen nach demselben Zeitraum in diesem Datenbestand (von beliebigen Benutzern, für beliebige Zwecke) über eine andere Kohorte ergäbe dieser Trend den Trend der Datensätze, die die eine Kohorte enthält und die andere nicht, und ein Jahr oder eine Stufe davon enthält weniger als %1 Datensätze. (Stufenhäufigkeiten über einen Bereich des Zeitraums und ein Histogramm des Zeitraums über einige Stufen der Variablen sind Teile dieses Trends.) Fragen Sie den Trend über die Kohorte des früheren an (dieselben Filter und vollständigen Fälle) oder über eine Kohorte, die sich in jedem Jahr und jeder Stufe um mindestens %1 Datensätze davon unterscheidet.</translation>
    </message>
    <message>
        <source>Records were removed from this dataset or corrected by a re-import after earlier releases on part of this cohort (by any user, for any purpose). A cohort that holds all the remaining records of such an earlier group, or leaves fewer than %1 of them out, could single out the removed records, so it is refused, now and later. Use a cohort that leaves at least %1 records of each such group out (another filter or another set of complete cases), or ask the site to describe the groups you need before it removes or corrects records.</source>
        <translation>Aus diesem Datenbestand wurden nach früheren Freigaben über einen Teil dieser Kohorte Datensätze entfernt oder durch einen erneuten Import korrigiert (durch beliebige Nutzer, für beliebige Zwecke). Eine Kohorte, die alle verbleibenden Datensätze einer solchen früheren Gruppe enthält oder weniger als %1 davon auslässt, könnte die entfernten Datensätze herausgreifen und wird daher abgelehnt, jetzt und später. Verwenden Sie eine Kohorte, die von jeder solchen Gruppe mindestens %1 Datensätze auslässt (ein anderer Filter oder eine andere Menge vollständiger Fälle), oder bitten Sie die Site, die benötigten Gruppen zu beschreiben, bevor sie Datensätze entfernt oder korrigiert.</translation>
    </message>
    <message>
        <source>The mean %1 and SD %2 of scale(%3) are not allowed: they are too far from the scale of %3 at this site (the step of its histogram), where a standardisation would no longer be exact. Standardise with the mean and SD of %3 over the sites (the client resolves them from the sites&apos; descriptives).</source>
        <translation>Mittelwert %1 und SD %2 von scale(%3) sind nicht erlaubt: Sie liegen zu weit vom Maßstab von %3 an diesem Standort (der Schrittweite seines Histogramms), wo eine Standardisierung nicht mehr exakt wäre. Standardisieren Sie mit Mittelwert und SD von %3 über die Standorte (der Client ermittelt sie aus den Beschreibungen der Standorte).</translation>
    </message>
    <message>
        <source>Together with an earlier description of this whole-number variable over the same levels of a variable on this dataset (by any user, for any purpose) over another cohort, this description would give the counts of the records one cohort holds and the other does not by value and level, and a value or a level of them holds fewer than %1 records. Describe it over the cohort of the earlier one (the same filters and complete cases), or leave the level filter out.</source>
        <translation>Zusammen mit einer früheren Beschreibung dieser ganzzahligen Variablen über dieselben Stufen einer Variablen dieses Datenbestands (von beliebigen Nutzern, für beliebige Zwecke) über eine andere Kohorte ergäbe diese Beschreibung die Anzahlen der Datensätze, die die eine Kohorte enthält und die andere nicht, nach Wert und Stufe, und ein Wert oder eine Stufe davon enthält weniger als %1 Datensätze. Beschreiben Sie sie über die Kohorte der früheren (dieselben Filter und vollständigen Fälle) oder lassen Sie den Stufenfilter weg.</translation>
    </message>
    <message>
        <source>Your releases from this dataset have already divided its records into as many groups as one user may (%1 in the differencing ledger), and this release would divide them further; nothing was released or recorded. Cohorts and variables already released (by you or anyone) can still be used, as they divide nothing. To go further, ask the site administrator (policy key differencing_atoms_per_user).</source>
        <translation>Ihre Freigaben aus diesem Datensatz haben dessen Datensätze bereits in so viele Gruppen geteilt, wie ein Benutzer darf (%1 im Differencing-Register), und diese Freigabe würde sie weiter teilen; nichts wurde freigegeben oder aufgezeichnet. Bereits freigegebene Kohorten und Variablen (von Ihnen oder anderen) bleiben nutzbar, da sie nichts teilen. Um weiterzugehen, wenden Sie sich an die Administration des Standorts (Richtlinienschlüssel differencing_atoms_per_user).</translation>
    </message>
</context>
</TS>
