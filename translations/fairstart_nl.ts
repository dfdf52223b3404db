<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Fairstart::Cli</name>
    <message>
        <source>The sites file (docs/cli.md).</source>
        <translation>Het sitesbestand (docs/cli.md).</translation>
    </message>
    <message>
        <source>Use only these sites of the sites file.</source>
        <translation>Gebruik alleen deze sites uit het sitesbestand.</translation>
    </message>
    <message>
        <source>The dataset name.</source>
        <translation>De naam van de dataset.</translation>
    </message>
    <message>
        <source>The purpose declared to every site (default: the one purpose all tokens share).</source>
        <translation>Het doel dat aan elke site wordt opgegeven (standaard: het ene doel dat alle tokens delen).</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Uitvoerformaat: table (standaard), json of csv.</translation>
    </message>
    <message>
        <source>Write the output to FILE instead of the terminal.</source>
        <translation>Schrijf de uitvoer naar BESTAND in plaats van naar de terminal.</translation>
    </message>
    <message>
        <source>Seconds a site may take for one request, retries included (default 120).</source>
        <translation>Seconden die een site voor één verzoek mag gebruiken, herhalingen meegerekend (standaard 120).</translation>
    </message>
    <message>
        <source>Print each site&apos;s progress to stderr.</source>
        <translation>Toon de voortgang van elke site op stderr.</translation>
    </message>
    <message>
        <source>Leave out a site that fails before the model rounds or in the evaluation instead of stopping; the result names it.</source>
        <translation>Laat een site weg die faalt vóór de modelrondes of tijdens de evaluatie, in plaats van te stoppen; het resultaat noemt haar.</translation>
    </message>
    <message>
        <source>How the sites&apos; statistics are summed: masked (only the sum over all sites can be read), plain, or auto (default: masked with three or more sites, else plain where every site allows it).</source>
        <translation>Hoe de statistieken van de sites worden opgeteld: masked (alleen de som over alle sites is leesbaar), plain, of auto (standaard: masked bij drie of meer sites, anders plain als elke site dat toestaat).</translation>
    </message>
    <message>
        <source>note: %1 The keys are checked again at the next run.</source>
        <translation>let op: %1 De sleutels worden bij de volgende analyse opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <source>note: recorded the study keys of %1 in %2; later runs refuse a site whose keys change.</source>
        <translation>let op: de studiesleutels van %1 zijn vastgelegd in %2; latere analyses weigeren een site waarvan de sleutels veranderen.</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>kan %1 niet schrijven (%2)</translation>
    </message>
    <message>
        <source>the sites&apos; tokens share no purpose; ask the sites for tokens with a common purpose</source>
        <translation>de tokens van de sites hebben geen gemeenschappelijk doel; vraag de sites om tokens met een gemeenschappelijk doel</translation>
    </message>
    <message>
        <source>choose a purpose with --purpose; the tokens allow: %1</source>
        <translation>kies een doel met --purpose; de tokens staan toe: %1</translation>
    </message>
    <message>
        <source>min cohort %1, min cell %2, subset/complement %3, overlap %4, events per parameter %5, residual df %6, dominance %7 of top %8, rounds %9, jobs per day %10</source>
        <translation>min. cohort %1, min. cel %2, deelgroep/complement %3, overlap %4, events per parameter %5, residuele vg %6, dominantie %7 van top %8, rondes %9, jobs per dag %10</translation>
    </message>
    <message>
        <source>Checks every site: reachable, certificate pin, versions, datasets, your purposes and the site&apos;s policy.</source>
        <translation>Controleert elke site: bereikbaarheid, certificaatpin, versies, datasets, uw doelen en het beleid van de site.</translation>
    </message>
    <message>
        <source>  (pin verified, %1 ms)</source>
        <translation>  (pin gecontroleerd, %1 ms)</translation>
    </message>
    <message>
        <source>            node %1 &quot;%2&quot;, engine %3, protocol %4
</source>
        <translation>            node %1 &quot;%2&quot;, rekenkern %3, protocol %4
</translation>
    </message>
    <message>
        <source>            user %1, purposes: %2; datasets: %3
</source>
        <translation>            gebruiker %1, doelen: %2; datasets: %3
</translation>
    </message>
    <message>
        <source>            policy: %1; study modes: %2
</source>
        <translation>            beleid: %1; studiemodi: %2
</translation>
    </message>
    <message>
        <source>            study keys: new (signing %1), recorded
</source>
        <translation>            studiesleutels: nieuw (ondertekening %1), vastgelegd
</translation>
    </message>
    <message>
        <source>            study keys: as recorded (signing %1)
</source>
        <translation>            studiesleutels: zoals vastgelegd (ondertekening %1)
</translation>
    </message>
    <message>
        <source>client: fairstart-cli %1, protocol %2, %3
</source>
        <translation>client: fairstart-cli %1, protocol %2, %3
</translation>
    </message>
    <message>
        <source>Lists the variables the sites offer (metadata only: types, levels, counts rounded by each site).</source>
        <translation>Toont de variabelen die de sites aanbieden (alleen metadata: typen, niveaus, aantallen afgerond door elke site).</translation>
    </message>
    <message>
        <source>Dataset %1 (sites: %2)
</source>
        <translation>Dataset %1 (sites: %2)
</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabele</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>levels / label</source>
        <translation>niveaus / label</translation>
    </message>
    <message>
        <source>  [only at %1]</source>
        <translation>  [alleen bij %1]</translation>
    </message>
    <message>
        <source>Counts are the sum of each site&apos;s released counts (rounded to 10 by each site; &lt;withheld&gt; where a site suppressed a small count).
</source>
        <translation>Aantallen zijn de som van de vrijgegeven aantallen van elke site (door elke site afgerond op 10; &lt;achtergehouden&gt; waar een site een klein aantal onderdrukte).
</translation>
    </message>
    <message>
        <source>The variables to describe.</source>
        <translation>De variabelen om te beschrijven.</translation>
    </message>
    <message>
        <source>--vars names no variable</source>
        <translation>--vars noemt geen variabele</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <source>n %1  missing %2  mean %3  SD %4
</source>
        <translation>n %1  ontbrekend %2  gemiddelde %3  SD %4
</translation>
    </message>
    <message>
        <source>  missing %1
</source>
        <translation>  ontbrekend %1
</translation>
    </message>
    <message>
        <source>Skip the evaluation (AUC, Brier score, calibration) of a binomial model.</source>
        <translation>Sla de evaluatie (AUC, Brier-score, kalibratie) van een binomiaal model over.</translation>
    </message>
    <message>
        <source>Skip fitting the model at each site alone (the per-site estimates).</source>
        <translation>Sla het schatten van het model bij elke site afzonderlijk over (de schattingen per site).</translation>
    </message>
    <message>
        <source>An R-style model formula, e.g. &quot;y ~ a + log(b) + a:c&quot;; text columns are factors.</source>
        <translation>Een modelformule in R-stijl, bijv. &quot;y ~ a + log(b) + a:c&quot;; tekstkolommen worden factoren.</translation>
    </message>
    <message>
        <source>binomial (default), poisson or gaussian.</source>
        <translation>binomial (standaard), poisson of gaussian.</translation>
    </message>
    <message>
        <source>Fits a GLM across the sites (exactly the pooled fit) and at each site alone, then evaluates it: AUC with CI, Brier score, calibration, per site.</source>
        <translation>Past een GLM toe over de sites (precies de gepoolde fit) en bij elke site afzonderlijk, en evalueert het: AUC met BI, Brier-score, kalibratie, per site.</translation>
    </message>
    <message>
        <source>the formula cannot be read: %1</source>
        <translation>de formule kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>A design file (docs/cli.md, &quot;Design files&quot;).</source>
        <translation>Een ontwerpbestand (docs/cli.md, &quot;Design files&quot;).</translation>
    </message>
    <message>
        <source>Runs a saved design across the sites: the same as fit, with the model, dataset and purpose read from the design file.</source>
        <translation>Voert een opgeslagen ontwerp uit over de sites: hetzelfde als fit, met model, dataset en doel uit het ontwerpbestand.</translation>
    </message>
    <message>
        <source>cannot read the design file %1 (%2)</source>
        <translation>kan het ontwerpbestand %1 niet lezen (%2)</translation>
    </message>
    <message>
        <source>the design file %1 is not a JSON object: %2</source>
        <translation>het ontwerpbestand %1 is geen JSON-object: %2</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; allowed are %3</source>
        <translation>%1: onbekend veld &quot;%2&quot;; toegestaan zijn %3</translation>
    </message>
    <message>
        <source>%1: give the model either as &quot;formula&quot; (with &quot;family&quot;) or as &quot;model&quot;, exactly one of them</source>
        <translation>%1: geef het model als &quot;formula&quot; (met &quot;family&quot;) of als &quot;model&quot;, precies één van beide</translation>
    </message>
    <message>
        <source>%1: model.%2</source>
        <translation>%1: model.%2</translation>
    </message>
    <message>
        <source>%1: the formula cannot be read: %2</source>
        <translation>%1: de formule kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 names no dataset; add &quot;dataset&quot; or use --dataset</source>
        <translation>%1 noemt geen dataset; voeg &quot;dataset&quot; toe of gebruik --dataset</translation>
    </message>
    <message>
        <source>
Per-site estimates (the model fitted at each site alone; standard errors in parentheses):
</source>
        <translation>
Schattingen per site (het model bij elke site afzonderlijk geschat; standaardfouten tussen haakjes):
</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <source>  participants: %1
</source>
        <translation>  deelnemers: %1
</translation>
    </message>
    <message>
        <source>manifest signature verified</source>
        <translation>handtekening van het manifest geverifieerd</translation>
    </message>
    <message>
        <source>manifest signature NOT verified</source>
        <translation>handtekening van het manifest NIET geverifieerd</translation>
    </message>
    <message>
        <source>final β attested</source>
        <translation>definitieve β geattesteerd</translation>
    </message>
    <message>
        <source>final β NOT attested</source>
        <translation>definitieve β NIET geattesteerd</translation>
    </message>
    <message>
        <source>Coefficients:
</source>
        <translation>Coëfficiënten:
</translation>
    </message>
    <message>
        <source>(Dispersion parameter for gaussian family taken to be %1)

</source>
        <translation>(Dispersieparameter voor de gaussische familie gelijk aan %1 genomen)

</translation>
    </message>
    <message>
        <source>(Dispersion parameter for %1 family taken to be 1)

</source>
        <translation>(Dispersieparameter voor de %1-familie gelijk aan 1 genomen)

</translation>
    </message>
    <message>
        <source>    Null deviance: %1  on %2  degrees of freedom
</source>
        <translation>    Nuldeviantie: %1  bij %2  vrijheidsgraden
</translation>
    </message>
    <message>
        <source>Residual deviance: %1  on %2  degrees of freedom
</source>
        <translation>Residuele deviantie: %1  bij %2  vrijheidsgraden
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
        <translation>Aantal Fisher-scoring-iteraties: %1  (%2 gefedereerde rondes in totaal)
</translation>
    </message>
    <message>
        <source>
Performance (pooled, n = %1, events = %2):
</source>
        <translation>
Prestaties (samengevoegd, n = %1, events = %2):
</translation>
    </message>
    <message>
        <source>  AUC                    %1  (95% CI %2 to %3)
</source>
        <translation>  AUC                    %1  (95%-BI %2 tot %3)
</translation>
    </message>
    <message>
        <source>  Brier score            %1  (scaled %2)
</source>
        <translation>  Brier-score            %1  (geschaald %2)
</translation>
    </message>
    <message>
        <source>  Calibration intercept  %1
</source>
        <translation>  Kalibratie-intercept   %1
</translation>
    </message>
    <message>
        <source>  Calibration slope      %1
</source>
        <translation>  Kalibratiehelling      %1
</translation>
    </message>
    <message>
        <source>  Observed/expected      %1
</source>
        <translation>  Waargenomen/verwacht   %1
</translation>
    </message>
    <message>
        <source>
Per site:
</source>
        <translation>
Per site:
</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohort</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>
Left out after a failure (--continue-without-failed): %1
</source>
        <translation>
Weggelaten na een fout (--continue-without-failed): %1
</translation>
    </message>
    <message>
        <source>
Design %1
</source>
        <translation>
Ontwerp %1
</translation>
    </message>
    <message>
        <source>%1 rounds in %2 ms; started %3, finished %4
</source>
        <translation>%1 rondes in %2 ms; gestart %3, klaar %4
</translation>
    </message>
    <message>
        <source>no command given; try &apos;fairstart-cli --help&apos;</source>
        <translation>geen opdracht gegeven; probeer &apos;fairstart-cli --help&apos;</translation>
    </message>
    <message>
        <source>&apos;sites&apos; takes the subcommand &apos;check&apos;: fairstart-cli sites check --sites FILE</source>
        <translation>&apos;sites&apos; kent de subopdracht &apos;check&apos;: fairstart-cli sites check --sites BESTAND</translation>
    </message>
    <message>
        <source>Also write the workbench&apos;s PDF report of the run (A4) to this file (drawn by fairstart-report, installed with the workbench).</source>
        <translation>Schrijf ook het PDF-rapport van de analyse uit de workbench (A4) naar dit bestand (getekend door fairstart-report, geïnstalleerd met de workbench).</translation>
    </message>
    <message>
        <source>the PDF report is drawn by fairstart-report, which is installed with the workbench and was not found next to fairstart-cli (%1). Install the workbench, or write the run with --format json and open the report from it later with &apos;fairstart-report --out FILE.pdf RUN.json&apos;.</source>
        <translation>het PDF-rapport wordt getekend door fairstart-report, dat met de workbench wordt geïnstalleerd en niet naast fairstart-cli is gevonden (%1). Installeer de workbench, of schrijf de analyse met --format json en maak het rapport er later van met &apos;fairstart-report --out FILE.pdf RUN.json&apos;.</translation>
    </message>
    <message>
        <source>fairstart-report (%1) could not be started: %2</source>
        <translation>fairstart-report (%1) kon niet worden gestart: %2</translation>
    </message>
    <message>
        <source>fairstart-report did not finish the report within five minutes; nothing was written to %1.</source>
        <translation>fairstart-report heeft het rapport niet binnen vijf minuten voltooid; er is niets naar %1 geschreven.</translation>
    </message>
    <message>
        <source>fairstart-report could not write the report (%1)</source>
        <translation>fairstart-report kon het rapport niet schrijven (%1)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>afsluitcode %1</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Kalibratiehelling</translation>
    </message>
    <message>
        <source>Calibration-in-the-large</source>
        <translation>Kalibratie in het groot</translation>
    </message>
    <message>
        <source>Observed/expected</source>
        <translation>Waargenomen/verwacht</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>drempel</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>treat all</source>
        <translation>iedereen behandelen</translation>
    </message>
    <message>
        <source>treat none</source>
        <translation>niemand behandelen</translation>
    </message>
    <message>
        <source>± bound</source>
        <translation>± grens</translation>
    </message>
    <message>
        <source>Leave-one-site-out validation (internal–external cross-validation)
</source>
        <translation>Validatie met weglating van één site (intern-externe kruisvalidatie)
</translation>
    </message>
    <message>
        <source>Model: %1
</source>
        <translation>Model: %1
</translation>
    </message>
    <message>
        <source>Each site in turn is held out: the model is fitted on the other sites (the held-out site only observes that study) and evaluated on the held-out site&apos;s records.

</source>
        <translation>Elke site wordt om beurten weggelaten: het model wordt geschat op de andere sites (de weggelaten site neemt alleen waar in die studie) en geëvalueerd op de records van de weggelaten site.

</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>weggelaten</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>helling</translation>
    </message>
    <message>
        <source>CITL</source>
        <translation>CITL</translation>
    </message>
    <message>
        <source>trained on</source>
        <translation>geschat op</translation>
    </message>
    <message>
        <source>no result (%1): %2</source>
        <translation>geen resultaat (%1): %2</translation>
    </message>
    <message>
        <source>Pooled over the held-out sites (random effects: REML, Knapp–Hartung 95% CI, 95% prediction interval; AUC on the logit scale, O/E on the log scale):
</source>
        <translation>Samengevoegd over de weggelaten sites (random effects: REML, Knapp-Hartung 95%-BI, 95%-predictie-interval; AUC op de logitschaal, W/V op de logschaal):
</translation>
    </message>
    <message>
        <source>%1  (95% CI %2 to %3; PI %4 to %5; tau² %6; %7 sites)</source>
        <translation>%1  (95%-BI %2 tot %3; PI %4 tot %5; tau² %6; %7 sites)</translation>
    </message>
    <message>
        <source>
Decision curve of the held-out predictions, all sites together (net benefit per record; treat when the risk is at least the threshold):
</source>
        <translation>
Beslissingscurve van de voorspellingen voor de weggelaten sites, alle sites samen (netto voordeel per record; behandelen als het risico minstens de drempel is):
</translation>
    </message>
    <message>
        <source>
Design %1 (the same for every held-out site)
</source>
        <translation>
Ontwerp %1 (hetzelfde voor elke weggelaten site)
</translation>
    </message>
    <message>
        <source>Risk thresholds for the decision curve and the threshold metrics, each strictly between 0 and 1 (fit: none; validate: 0.05 to 0.5 in steps of 0.05).</source>
        <translation>Risicodrempels voor de beslissingscurve en de drempelmaten, elk strikt tussen 0 en 1 (fit: geen; validate: 0,05 tot 0,5 in stappen van 0,05).</translation>
    </message>
    <message numerus="yes">
        <source>  (apparent: scored on the records the model was fitted on; AUC with pairs within a site exact at %1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)
</source>
        <translation>
            <numerusform>  (schijnbaar: beoordeeld op de records waarop het model is geschat; AUC met paren binnen een site exact bij %1 van %n site, %2% van alle paren exact geordend; foutgrens ±%3)
</numerusform>
            <numerusform>  (schijnbaar: beoordeeld op de records waarop het model is geschat; AUC met paren binnen een site exact bij %1 van %n sites, %2% van alle paren exact geordend; foutgrens ±%3)
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Decision curve, all sites (net benefit per record; treat when the risk is at least the threshold):
</source>
        <translation>
Beslissingscurve, alle sites (netto voordeel per record; behandelen als het risico minstens de drempel is):
</translation>
    </message>
    <message>
        <source>Decision curve, %1:
</source>
        <translation>Beslissingscurve, %1:
</translation>
    </message>
    <message>
        <source>binomial (default; validation needs two outcome classes).</source>
        <translation>binomial (standaard; validatie vraagt een uitkomst met twee klassen).</translation>
    </message>
    <message>
        <source>Leave one site out: for each site, the model is fitted on all other sites and evaluated at that site (n, events, AUC, calibration slope and in-the-large, O/E, Brier score, decision curve); the measures are pooled with a random-effects meta-analysis. Needs three or more sites.</source>
        <translation>Laat één site weg: voor elke site wordt het model geschat op alle andere sites en geëvalueerd bij die site (n, events, AUC, kalibratiehelling en kalibratie in het groot, W/V, Brier-score, beslissingscurve); de maten worden samengevoegd met een random-effects-meta-analyse. Vraagt drie of meer sites.</translation>
    </message>
    <message>
        <source>validate needs --family binomial: its measures (AUC, calibration, O/E, Brier score) are those of a risk model</source>
        <translation>validate vraagt --family binomial: zijn maten (AUC, kalibratie, W/V, Brier-score) zijn die van een risicomodel</translation>
    </message>
    <message>
        <source>validate needs at least %1 sites (each is held out in turn, and the pooled measures need three); the sites file gives %2</source>
        <translation>validate vraagt minstens %1 sites (elke site wordt om beurten weggelaten, en de samengevoegde maten vragen er drie); het sitesbestand geeft er %2</translation>
    </message>
    <message>
        <source>holding out %1 (%2 of %3)</source>
        <translation>%1 weglaten (%2 van %3)</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Uitvoerformaat: table (standaard) of json.</translation>
    </message>
    <message>
        <source>See &apos;fairstart-cli %1 --help&apos;.</source>
        <translation>Zie &apos;fairstart-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>--only names no site; name them as a,b</source>
        <translation>--only noemt geen site; noem de sites als a,b</translation>
    </message>
    <message>
        <source>--subgroup evaluates a binomial model: it needs --family binomial and the evaluation (leave out --no-evaluation)</source>
        <translation>--subgroup evalueert een binomiaal model: het vraagt --family binomial en de evaluatie (laat --no-evaluation weg)</translation>
    </message>
    <message>
        <source>%1: unknown &quot;family&quot; &apos;%2&apos;; use binomial, poisson or gaussian</source>
        <translation>%1: onbekende &quot;family&quot; &apos;%2&apos;; gebruik binomial, poisson of gaussian</translation>
    </message>
    <message>
        <source>Registered validation model %1, dataset %2, %3 mode
</source>
        <translation>Geregistreerd validatiemodel %1, dataset %2, modus %3
</translation>
    </message>
    <message>
        <source>Design %1
</source>
        <translation>Ontwerp %1
</translation>
    </message>
    <message>
        <source>  Calibration slope and intercept: not available for a registered model (the nodes run calibration studies only for a study&apos;s final β)
</source>
        <translation>  Kalibratiehelling en -intercept: niet beschikbaar voor een geregistreerd model (de nodes voeren kalibratiestudies alleen uit voor de uiteindelijke β van een studie)
</translation>
    </message>
    <message>
        <source>n %1, AUC %2, Brier %3</source>
        <translation>n %1, AUC %2, Brier %3</translation>
    </message>
    <message>
        <source>Evaluate a validation model that the sites&apos; administrators registered (fairstart-node models add) on a dataset: AUC, Brier score, O/E, pooled (masked with three or more sites) or per site (plain). No β is sent: each site evaluates its own registered copy.</source>
        <translation>Evalueer een validatiemodel dat de beheerders van de sites hebben geregistreerd (fairstart-node models add) op een dataset: AUC, Brier-score, W/V, samengevoegd (gemaskeerd bij drie of meer sites) of per site (ongemaskeerd). Er wordt geen β verstuurd: elke site evalueert haar eigen geregistreerde kopie.</translation>
    </message>
    <message>
        <source>The registered validation model, by the name or the hash (sha256:...) its sites registered it under.</source>
        <translation>Het geregistreerde validatiemodel, aangeduid met de naam of de hash (sha256:...) waaronder de sites het registreerden.</translation>
    </message>
    <message>
        <source>Your copy of the registered model ({&quot;design&quot;, &quot;beta&quot;}, the file the sites registered). Needed for the masked mode; the β is never sent, only its hash is compared with what every site attests.</source>
        <translation>Uw kopie van het geregistreerde model ({&quot;design&quot;, &quot;beta&quot;}, het bestand dat de sites registreerden). Nodig voor de gemaskeerde modus; de β wordt nooit verstuurd, alleen de hash ervan wordt vergeleken met wat elke site attesteert.</translation>
    </message>
    <message>
        <source>evaluate needs --model NAME|HASH or --model-file FILE (see &apos;fairstart-cli evaluate --help&apos;)</source>
        <translation>evaluate vraagt --model NAME|HASH of --model-file FILE (zie &apos;fairstart-cli evaluate --help&apos;)</translation>
    </message>
    <message>
        <source>Also evaluate the final model by subgroup (fairness): a categorical or binary catalogue variable such as sex or migration_background, a numeric one with --subgroup-edges (e.g. income_quintile), or &quot;site&quot;. Each site releases each cell under its own rules; withheld cells are shown as withheld.</source>
        <translation>Evalueer het uiteindelijke model ook per subgroep (fairness): een categorische of binaire catalogusvariabele zoals sex of migration_background, een numerieke met --subgroup-edges (bijv. income_quintile), of &quot;site&quot;. Elke site geeft elke cel vrij volgens haar eigen regels; achtergehouden cellen worden als achtergehouden getoond.</translation>
    </message>
    <message>
        <source>--%1 needs a variable name from the catalogue; &apos;%2&apos; is not one.</source>
        <translation>--%1 vraagt een variabelenaam uit de catalogus; &apos;%2&apos; is er geen.</translation>
    </message>
    <message>
        <source>--subgroup-edges needs --subgroup VAR</source>
        <translation>--subgroup-edges vraagt --subgroup VAR</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>(missing/other)</source>
        <translation>(ontbrekend/overig)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation>achtergehouden: %1</translation>
    </message>
    <message>
        <source>
Held-out site %1:</source>
        <translation>
Weggelaten site %1:</translation>
    </message>
    <message>
        <source>--thresholds takes risks strictly between 0 and 1 separated by commas, such as 0.1,0.2; &apos;%1&apos; is not one.</source>
        <translation>--thresholds verwacht risico&apos;s strikt tussen 0 en 1, gescheiden door komma&apos;s, zoals 0.1,0.2; &apos;%1&apos; is er geen.</translation>
    </message>
    <message>
        <source>--subgroup-edges takes 2 to 21 edges</source>
        <translation>--subgroup-edges verwacht 2 tot 21 grenzen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;withheld at %n site(s)&gt;</source>
        <translation>
            <numerusform>&lt;achtergehouden bij %n site&gt;</numerusform>
            <numerusform>&lt;achtergehouden bij %n sites&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, cohort %4, mode masked (study %5: only the sum over the sites was decoded; no site&apos;s own numbers)

</source>
        <translation>Dataset %1, doel %2, %3 sites, cohort %4, modus gemaskeerd (studie %5: alleen de som over de sites is gedecodeerd; geen eigen getallen van een site)

</translation>
    </message>
    <message>
        <source>Per site: not available in masked mode (the sites released only the sum).
</source>
        <translation>Per site: niet beschikbaar in gemaskeerde modus (de sites gaven alleen de som vrij).
</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, cohort %4, mode plain (each site&apos;s released numbers, added by this program)

</source>
        <translation>Dataset %1, doel %2, %3 sites, cohort %4, modus ongemaskeerd (de vrijgegeven getallen van elke site, opgeteld door dit programma)

</translation>
    </message>
    <message>
        <source>fairstart-cli: %1; asking again in %2 s (attempt %3)</source>
        <translation>fairstart-cli: %1; opnieuw proberen over %2 s (poging %3)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are sites check, catalogue, fit, run, describe, trends, validate and evaluate (see &apos;fairstart-cli --help&apos;)</source>
        <translation>onbekende opdracht &apos;%1&apos;; de opdrachten zijn sites check, catalogue, fit, run, describe, trends, validate en evaluate (zie &apos;fairstart-cli --help&apos;)</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>achtergehouden</translation>
    </message>
    <message>
        <source>The categorical or yes/no variables to count per period.</source>
        <translation>De categorische of ja/nee-variabelen die per periode worden geteld.</translation>
    </message>
    <message>
        <source>The numeric variable whose whole values are the periods (default birth_year).</source>
        <translation>De numerieke variabele waarvan de gehele waarden de perioden zijn (standaard birth_year).</translation>
    </message>
    <message>
        <source>The first period, included.</source>
        <translation>De eerste periode, inbegrepen.</translation>
    </message>
    <message>
        <source>The last period, included (at most 50 periods from --from).</source>
        <translation>De laatste periode, inbegrepen (hoogstens 50 perioden vanaf --from).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2; give the first period with --from and the last with --to</source>
        <translation>--to %1 ligt vóór --from %2; geef de eerste periode op met --from en de laatste met --to</translation>
    </message>
    <message>
        <source>--from %1 --to %2 asks for %3 periods; the sites release at most %4 per trend: ask for a shorter span</source>
        <translation>--from %1 --to %2 vraagt om %3 perioden; de sites geven hoogstens %4 per trend vrij: vraag een kortere reeks aan</translation>
    </message>
    <message>
        <source>%1 answered %2 trends for %3 asked; update the node or ask its administrator</source>
        <translation>%1 gaf %2 trends terug terwijl er %3 waren gevraagd; werk de node bij of vraag het de beheerder ervan</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, by %4 from %5 to %6
</source>
        <translation>Dataset %1, doel %2, %3 sites, per %4 van %5 tot en met %6
</translation>
    </message>
    <message>
        <source>withheld by the site (%1, rule %2): %3</source>
        <translation>achtergehouden door de site (%1, regel %2): %3</translation>
    </message>
    <message>
        <source>descriptives signed</source>
        <translation>beschrijvende statistieken ondertekend</translation>
    </message>
    <message>
        <source>descriptives NOT signed</source>
        <translation>beschrijvende statistieken NIET ondertekend</translation>
    </message>
    <message>
        <source>Dataset %1, purpose %2, %3 sites, by %4 from %5 to %6, mode masked (study %7: only the sum over the sites was decoded; no site&apos;s own numbers)
</source>
        <translation>Dataset %1, doel %2, %3 sites, per %4 van %5 tot en met %6, modus gemaskeerd (studie %7: alleen de som over de sites is gedecodeerd; geen eigen getallen van een site)
</translation>
    </message>
    <message>
        <source>Counts of categorical or yes/no variables per year of birth, pooled (and per site in plain mode): the dashboard&apos;s trends. Each site releases a trend as one table under its disclosure rules; a cell withheld at a site is withheld in the pooled row as well. With three or more sites the trends are masked: only the sum over the sites is decoded.</source>
        <translation>Aantallen van categorische of ja/nee-variabelen per geboortejaar, samengevoegd (en per site in de ongemaskeerde modus): de trends van het dashboard. Elke site geeft een trend vrij als één tabel onder haar onthullingsregels; een cel die bij een site is achtergehouden, wordt ook in de samengevoegde rij achtergehouden. Met drie of meer sites zijn de trends gemaskeerd: alleen de som over de sites wordt gedecodeerd.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Histograms, pooled on the finest lattice common to every site (a cell is counted where its ends are edges of every site&apos;s histogram; no site&apos;s own histogram was decoded)</source>
        <translation>Histogrammen, samengevoegd op het fijnste rooster dat alle sites gemeen hebben (een cel wordt geteld waar haar uiteinden grenzen zijn van het histogram van elke site; het eigen histogram van geen enkele site is gedecodeerd)</translation>
    </message>
    <message>
        <source>Histograms, pooled on the finest lattice common to every site (a cell is counted where its ends are edges of every site&apos;s released histogram; the sites&apos; histograms added by this program)</source>
        <translation>Histogrammen, samengevoegd op het fijnste rooster dat alle sites gemeen hebben (een cel wordt geteld waar haar uiteinden grenzen zijn van het vrijgegeven histogram van elke site; de histogrammen van de sites opgeteld door dit programma)</translation>
    </message>
    <message>
        <source>%1: the site&apos;s own edges (bins merged where its records are sparse), %2 records outside %3 to %4 (its tails, never released)</source>
        <translation>%1: de eigen grenzen van de site (klassen samengevoegd waar haar records schaars zijn), %2 records buiten %3 tot %4 (haar staarten, nooit vrijgegeven)</translation>
    </message>
    <message>
        <source>%1: step %2, %3 records outside %4 to %5 (the sites&apos; tails, never released, and cells some site released only merged)</source>
        <translation>%1: stapgrootte %2, %3 records buiten %4 tot %5 (de staarten van de sites, nooit vrijgegeven, en cellen die een site alleen samengevoegd vrijgaf)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: step %2, %3 records outside %4 to %5 (%6): each site&apos;s tails, never released, and cells a site released only merged with a neighbour, where fewer than its minimum cell count of records lie</source>
        <translation>%1: stapgrootte %2, %3 records buiten %4 tot %5 (%6): de staarten van elke site, nooit vrijgegeven, en cellen die een site alleen samengevoegd met een buurcel vrijgaf, omdat daar minder records liggen dan haar minimumaantal per cel</translation>
    </message>
    <message>
        <source>Descriptives of variables, pooled over the sites and per site: n, missing, mean and SD, level counts, and the pooled histogram of each numeric variable on a lattice common to every site. Minimum and maximum are never released.</source>
        <translation>Beschrijvende statistiek van variabelen, samengevoegd over de sites en per site: n, ontbrekend, gemiddelde en SD, aantallen per niveau, en het samengevoegde histogram van elke numerieke variabele op een rooster dat alle sites gemeen hebben. Minimum en maximum worden nooit vrijgegeven.</translation>
    </message>
    <message>
        <source>The sites&apos; histograms were not released (%1); the table is complete. Describe again for the histograms.</source>
        <translation>De histogrammen van de sites zijn niet vrijgegeven (%1); de tabel is volledig. Beschrijf opnieuw voor de histogrammen.</translation>
    </message>
    <message>
        <source>The cells of a numeric --subgroup variable: increasing edges, each an edge of every site&apos;s histogram of it (describe it to see them; a site refuses other numbers and names the nearest allowed ones). Cell i is [e_i, e_i+1); the records below the first edge and at or above the last are one more cell.</source>
        <translation>De cellen van een numerieke --subgroup-variabele: oplopende grenzen, elk een grens van het histogram ervan bij elke site (beschrijf de variabele om ze te zien; een site weigert andere getallen en noemt de dichtstbijzijnde toegestane). Cel i is [e_i, e_i+1); de records onder de eerste grens en op of boven de laatste vormen samen nog één cel.</translation>
    </message>
    <message>
        <source>--subgroup-edges takes increasing numbers separated by commas, such as 2,3,4,5; &apos;%1&apos; is not the next one.</source>
        <translation>--subgroup-edges verwacht oplopende getallen gescheiden door komma&apos;s, zoals 2,3,4,5; &apos;%1&apos; is geen geldig volgend getal.</translation>
    </message>
    <message>
        <source>%1 %2 is a folder; give a file name.</source>
        <translation>%1 %2 is een map; geef een bestandsnaam op.</translation>
    </message>
    <message>
        <source>%1 %2: the folder %3 does not exist; create it or choose another path.</source>
        <translation>%1 %2: de map %3 bestaat niet; maak die aan of kies een ander pad.</translation>
    </message>
    <message>
        <source>%1 %2: you may not write there; choose another path.</source>
        <translation>%1 %2: u mag daar niet schrijven; kies een ander pad.</translation>
    </message>
    <message numerus="yes">
        <source>The histograms are the decoded sums of %n more descriptives study(ies) of the same sites (%1; their signatures below).</source>
        <translation>
            <numerusform>De histogrammen zijn de gedecodeerde sommen van nog %n studie met beschrijvende statistieken van dezelfde sites (%1; de handtekeningen ervan hieronder).</numerusform>
            <numerusform>De histogrammen zijn de gedecodeerde sommen van nog %n studies met beschrijvende statistieken van dezelfde sites (%1; de handtekeningen ervan hieronder).</numerusform>
        </translation>
    </message>
    <message>
        <source>  study %1
</source>
        <translation>  studie %1
</translation>
    </message>
    <message>
        <source>  masked: each site&apos;s descriptives were masked; only the sum over all participants could be read.
</source>
        <translation>  gemaskeerd: de beschrijvende statistieken van elke site waren gemaskeerd; alleen de som over alle deelnemers was leesbaar.
</translation>
    </message>
    <message>
        <source>  masked: each site&apos;s statistics were masked; only the sum over all participants could be read.
</source>
        <translation>  gemaskeerd: de statistieken van elke site waren gemaskeerd; alleen de som over alle deelnemers was leesbaar.
</translation>
    </message>
    <message>
        <source>  plain: each site&apos;s statistics were sent in the clear.
</source>
        <translation>  ongemaskeerd: de statistieken van elke site zijn leesbaar verstuurd.
</translation>
    </message>
    <message>
        <source>  observers (not contributing): %1
</source>
        <translation>  waarnemers (dragen niet bij): %1
</translation>
    </message>
    <message>
        <source>answer signed</source>
        <translation>antwoord ondertekend</translation>
    </message>
    <message>
        <source>answer NOT signed</source>
        <translation>antwoord NIET ondertekend</translation>
    </message>
    <message>
        <source>  Every site signed this result.
</source>
        <translation>  Elke site heeft dit resultaat ondertekend.
</translation>
    </message>
    <message>
        <source>  Not every site signed this result.
</source>
        <translation>  Niet elke site heeft dit resultaat ondertekend.
</translation>
    </message>
    <message numerus="yes">
        <source>Studies of this run: %n, every one signed by every site.</source>
        <translation>
            <numerusform>Studies van deze analyse: %n, ondertekend door elke site.</numerusform>
            <numerusform>Studies van deze analyse: %n, elk ondertekend door elke site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Studies of this run: %n; NOT every site&apos;s signature verified in: %1 (below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</source>
        <translation>
            <numerusform>Studies van deze analyse: %n; NIET elke handtekening van de sites is geverifieerd in: %1 (hieronder staat waar). Vertrouw niet op die resultaten voordat de beheerders van de sites ernaar hebben gekeken.</numerusform>
            <numerusform>Studies van deze analyse: %n; NIET elke handtekening van de sites is geverifieerd in: %1 (hieronder staat waar). Vertrouw niet op die resultaten voordat de beheerders van de sites ernaar hebben gekeken.</numerusform>
        </translation>
    </message>
    <message>
        <source>the fits at each site alone</source>
        <translation>de schattingen bij elke site afzonderlijk</translation>
    </message>
    <message>
        <source>the evaluation (plain mode)</source>
        <translation>de evaluatie (ongemaskeerde modus)</translation>
    </message>
    <message>
        <source>Not studies: %1. The nodes&apos; answers to these came over each site&apos;s pinned connection and are not signed.</source>
        <translation>Geen studies: %1. De antwoorden van de nodes hierop kwamen via de vastgepinde verbinding met elke site en zijn niet ondertekend.</translation>
    </message>
    <message>
        <source>could not write the variable labels for the report to a temporary file (%1); check the free space of the temporary folder.</source>
        <translation>kon de variabelelabels voor het rapport niet naar een tijdelijk bestand schrijven (%1); controleer de vrije ruimte in de tijdelijke map.</translation>
    </message>
    <message>
        <source>
By subgroup: %1 (AUC and O/E pooled over the sites)
  Slope and CITL in the &quot;all&quot; rows: each site&apos;s own fit of the cell, combined by
  inverse-variance weights (fixed effect); not a fit on the pooled records.
</source>
        <translation>
Per subgroep: %1 (AUC en W/V samengevoegd over de sites)
  Helling en CITL in de rijen &quot;all&quot;: de eigen fit van elke site voor de cel, gecombineerd met
  inverse-variantiegewichten (fixed effect); geen fit op de samengevoegde records.
</translation>
    </message>
    <message numerus="yes">
        <source>  (masked: pairs within a site exact at %1 of %n site(s), across sites from risk bins; no error bound)
</source>
        <translation>
            <numerusform>  (gemaskeerd: paren binnen een site exact bij %1 van %n site, over sites heen uit risicoklassen; geen foutgrens)
</numerusform>
            <numerusform>  (gemaskeerd: paren binnen een site exact bij %1 van %n sites, over sites heen uit risicoklassen; geen foutgrens)
</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <source>  (the model was fitted elsewhere: scored on these sites&apos; records, not an apparent performance; AUC with pairs within a site exact at %1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)
</source>
        <translation>
            <numerusform>  (het model is elders geschat: beoordeeld op de records van deze sites, geen schijnbare prestatie; AUC met paren binnen een site exact bij %1 van %n site, %2% van alle paren exact geordend; foutgrens ±%3)
</numerusform>
            <numerusform>  (het model is elders geschat: beoordeeld op de records van deze sites, geen schijnbare prestatie; AUC met paren binnen een site exact bij %1 van %n sites, %2% van alle paren exact geordend; foutgrens ±%3)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration slope and calibration-in-the-large: of the fit on the records it was fitted to, computed by this client from the fit study&apos;s last summed statistics (which every site signed), not by studies of their own. On those records a converged model with an intercept has slope 1 and intercept 0 up to the fit&apos;s tolerance; their standard errors come from the same sums.</source>
        <translation>Kalibratiehelling en calibration-in-the-large: van de fit op de records waarop hij is gefit, door deze client berekend uit de laatste opgetelde statistieken van de fitstudie (die elke site ondertekende), niet met eigen studies. Op die records heeft een geconvergeerd model met intercept helling 1 en intercept 0 tot op de tolerantie van de fit; hun standaardfouten komen uit dezelfde sommen.</translation>
    </message>
    <message>
        <source>Fit on the records that have every one of these variables (and the model&apos;s own): a series of models that lists the variables of its largest model shares one cohort, which the sites&apos; differencing rule then allows.</source>
        <translation>Schat op de records die elk van deze variabelen hebben (en die van het model zelf): een reeks modellen die de variabelen van het grootste model opgeeft, deelt één cohort, dat de verschillenregel van de sites dan toestaat.</translation>
    </message>
    <message>
        <source>--complete-cases takes variable names separated by commas, such as birth_weight_g,apgar_5min; &apos;%1&apos; has an empty name</source>
        <translation>--complete-cases verwacht variabelenamen gescheiden door komma&apos;s, zoals birth_weight_g,apgar_5min; &apos;%1&apos; bevat een lege naam</translation>
    </message>
    <message>
        <source>--complete-cases names &apos;%1&apos; twice; name each variable once</source>
        <translation>--complete-cases noemt &apos;%1&apos; twee keer; noem elke variabele één keer</translation>
    </message>
    <message>
        <source>--complete-cases names %1 variables; at most %2 are allowed</source>
        <translation>--complete-cases noemt %1 variabelen; er zijn er hoogstens %2 toegestaan</translation>
    </message>
    <message>
        <source>%1 allows %2</source>
        <translation>%1 staat %2 toe</translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation>geen doel</translation>
    </message>
    <message>
        <source>--purpose &apos;%1&apos; is not a purpose of your token at every site (%2), and the tokens share none; ask the sites for tokens with a common purpose</source>
        <translation>--purpose &apos;%1&apos; is niet bij elke site een doel van uw token (%2), en de tokens hebben geen doel gemeen; vraag de sites om tokens met een gemeenschappelijk doel</translation>
    </message>
    <message>
        <source>--purpose &apos;%1&apos; is not a purpose of your token at every site (%2); use one the tokens share: %3</source>
        <translation>--purpose &apos;%1&apos; is niet bij elke site een doel van uw token (%2); gebruik er een dat de tokens gemeen hebben: %3</translation>
    </message>
    <message>
        <source>Cohort: the complete cases of %1 and the model&apos;s variables

</source>
        <translation>Cohort: de complete cases van %1 en de variabelen van het model

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
        <translation>Gebruik: fairstart-cli OPDRACHT [opties]

De Fairstart-federatie vanuit een terminal: elk getal komt van de sites als een
aggregaat dat door hun onthullingscontroles kwam; geen enkel record bereikt dit programma.

Opdrachten:
  sites check --sites FILE            bereikbaarheid, pin, versies, beleid van elke site
  catalogue --sites FILE [--dataset NAME]
                                      de variabelen die de sites aanbieden
  fit --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot; [--family F]
                                      een gefedereerd GLM met zijn prestaties
  run --sites FILE --design FILE.json hetzelfde voor een opgeslagen ontwerp
  describe --sites FILE --dataset NAME --vars a,b,c
                                      beschrijvende statistieken, samengevoegd en per site
  trends --sites FILE --dataset NAME --vars a,b --from YEAR --to YEAR
                                      aantallen per geboortejaar, samengevoegd en per site
  validate --sites FILE --dataset NAME --formula &quot;y ~ a + b&quot;
                                      laat telkens één site weg: elke site beoordeelt het
                                      model dat op de andere is geschat; samengevoegde maten
  evaluate --sites FILE --dataset NAME --model NAME|HASH [--model-file FILE]
                                      een validatiemodel dat de sites registreerden

&apos;fairstart-cli OPDRACHT --help&apos; toont de opties van een opdracht. Afsluitcodes: 0 succes,
1 een site of de analyse faalde (één regel noemt de site en de reden), 2 verkeerd
gebruik of verkeerde invoer. Zie docs/cli.md.

Opties:
  -h, --help     deze hulp
  --version      de versie van dit programma, van zijn protocol en van libcurl
  --lang TAAL    de taal van de meldingen: en, nl, de of fr (standaard: die van het
                 systeem); getallen, JSON en CSV zijn in elke taal hetzelfde
</translation>
    </message>
    <message>
        <source>unknown --lang &apos;%1&apos;; use one of: %2</source>
        <translation>onbekende --lang &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
</context>
<context>
    <name>Fairstart::Client</name>
    <message>
        <source>No sites were chosen; name at least one site.</source>
        <translation>Er zijn geen sites gekozen; noem ten minste één site.</translation>
    </message>
    <message>
        <source>A run needs a dataset and a purpose; name both.</source>
        <translation>Een analyse heeft een dataset en een doel nodig; noem beide.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>De analyse is geannuleerd.</translation>
    </message>
    <message>
        <source>left out after a failure in %1: %2</source>
        <translation>weggelaten na een fout in %1: %2</translation>
    </message>
    <message>
        <source>The variable %1 has no spread across the sites&apos; cohorts, so it cannot be standardised or given spline knots; use it as is or leave it out.</source>
        <translation>De variabele %1 heeft geen spreiding in de cohorten van de sites en kan dus niet worden gestandaardiseerd of splineknopen krijgen; gebruik haar zoals ze is of laat haar weg.</translation>
    </message>
    <message>
        <source>the node&apos;s design terms differ from the client&apos;s</source>
        <translation>de termen van het ontwerp bij de node verschillen van die van de client</translation>
    </message>
    <message>
        <source>the node&apos;s job terms differ from another site&apos;s</source>
        <translation>de jobtermen van de node verschillen van die van een andere site</translation>
    </message>
    <message>
        <source>Site %1 speaks protocol version %2, this client version %3.0; update the older of the two.</source>
        <translation>Site %1 spreekt protocolversie %2, deze client versie %3.0; werk de oudste van de twee bij.</translation>
    </message>
    <message>
        <source>Site %1 has no dataset &apos;%2&apos;; its datasets are: %3. Check the dataset name.</source>
        <translation>Site %1 heeft geen dataset &apos;%2&apos;; haar datasets zijn: %3. Controleer de naam van de dataset.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Site %1 has no dataset &apos;%2&apos; for this purpose; its datasets are: %3. Check the dataset name and the purpose.</source>
        <translation>Site %1 heeft geen dataset &apos;%2&apos; voor dit doel; haar datasets zijn: %3. Controleer de naam van de dataset en het doel.</translation>
    </message>
    <message>
        <source>Site %1 has no variable &apos;%2&apos; in dataset %3. Check the spelling with &apos;fairstart-cli catalogue&apos;, or leave the site out.</source>
        <translation>Site %1 heeft geen variabele &apos;%2&apos; in dataset %3. Controleer de spelling met &apos;fairstart-cli catalogue&apos;, of laat de site weg.</translation>
    </message>
    <message>
        <source>The variable %1 is %2 at site %3 but %4 at site %5; the sites must agree on its type before it can be analysed together.</source>
        <translation>De variabele %1 is %2 bij site %3 maar %4 bij site %5; de sites moeten het over het type eens zijn voordat ze samen geanalyseerd kan worden.</translation>
    </message>
    <message>
        <source>Site %1 sent an answer this client cannot read (%2). The node may run an incompatible version; compare the versions with &apos;fairstart-cli sites check&apos;.</source>
        <translation>Site %1 stuurde een antwoord dat deze client niet kan lezen (%2). De node draait mogelijk een onverenigbare versie; vergelijk de versies met &apos;fairstart-cli sites check&apos;.</translation>
    </message>
    <message>
        <source>not valid JSON at character %1 (%2); a sites file looks like {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</source>
        <translation>geen geldige JSON bij teken %1 (%2); een sitesbestand ziet eruit als {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</translation>
    </message>
    <message>
        <source>no &quot;sites&quot; list; a sites file looks like {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</source>
        <translation>geen lijst &quot;sites&quot;; een sitesbestand ziet eruit als {&quot;sites&quot;: [{&quot;name&quot;: …, &quot;url&quot;: …, &quot;pin&quot;: …, &quot;token&quot;: …}]}.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; only &quot;sites&quot; is allowed.</source>
        <translation>onbekend veld &quot;%1&quot;; alleen &quot;sites&quot; is toegestaan.</translation>
    </message>
    <message>
        <source>the &quot;sites&quot; list is empty; add at least one site.</source>
        <translation>de lijst &quot;sites&quot; is leeg; voeg ten minste één site toe.</translation>
    </message>
    <message>
        <source>: not an object with name, url, pin and token.</source>
        <translation>: geen object met name, url, pin en token.</translation>
    </message>
    <message>
        <source>: must be a string.</source>
        <translation>: moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <source>: give either token or token_env, not both.</source>
        <translation>: geef token of token_env, niet beide.</translation>
    </message>
    <message>
        <source>: the environment variable %1 (token_env) is not set; set it to the site&apos;s token.</source>
        <translation>: de omgevingsvariabele %1 (token_env) is niet ingesteld; zet haar op het token van de site.</translation>
    </message>
    <message>
        <source>: the name %1 is used twice; give every site its own name.</source>
        <translation>: de naam %1 wordt twee keer gebruikt; geef elke site een eigen naam.</translation>
    </message>
    <message>
        <source>Cannot read the sites file %1 (%2); check the path given with --sites.</source>
        <translation>Kan het sitesbestand %1 niet lezen (%2); controleer het pad bij --sites.</translation>
    </message>
    <message>
        <source>The sites file %1 is larger than 16 MiB; it is not a sites file.</source>
        <translation>Het sitesbestand %1 is groter dan 16 MiB; het is geen sitesbestand.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>Kan %1 niet schrijven (%2).</translation>
    </message>
    <message>
        <source>There is no site named &apos;%1&apos; in the sites file; the sites are: %2.</source>
        <translation>Er is geen site met de naam &apos;%1&apos; in het sitesbestand; de sites zijn: %2.</translation>
    </message>
    <message>
        <source>Site %1 refused the request (rule %2): %3</source>
        <translation>Site %1 weigerde het verzoek (regel %2): %3</translation>
    </message>
    <message>
        <source>Site %1 answered HTTP %2 (%3): %4</source>
        <translation>Site %1 antwoordde HTTP %2 (%3): %4</translation>
    </message>
    <message>
        <source>The request to site %1 was cancelled.</source>
        <translation>Het verzoek aan site %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>Site %1 has no certificate pin, so its identity cannot be checked; nothing was sent. Add the pin (sha256//…) that the site&apos;s administrator printed with &apos;fairstart-node pin&apos;.</source>
        <translation>Site %1 heeft geen certificaatpin, dus haar identiteit kan niet worden gecontroleerd; er is niets verstuurd. Voeg de pin (sha256//…) toe die de beheerder van de site met &apos;fairstart-node pin&apos; heeft getoond.</translation>
    </message>
    <message>
        <source>The pin of site %1 is not of the form sha256//&lt;44 characters of base64&gt;; nothing was sent. Copy the pin exactly as &apos;fairstart-node pin&apos; prints it.</source>
        <translation>De pin van site %1 heeft niet de vorm sha256//&lt;44 base64-tekens&gt;; er is niets verstuurd. Kopieer de pin precies zoals &apos;fairstart-node pin&apos; hem toont.</translation>
    </message>
    <message>
        <source>The address of site %1 is not an https:// URL with a host; nothing was sent. Use the https address the site&apos;s administrator gave you.</source>
        <translation>Het adres van site %1 is geen https://-URL met een host; er is niets verstuurd. Gebruik het https-adres dat de beheerder van de site u gaf.</translation>
    </message>
    <message>
        <source>Internal error: a request path must start with &apos;/&apos;.</source>
        <translation>Interne fout: een verzoekpad moet met &apos;/&apos; beginnen.</translation>
    </message>
    <message>
        <source>Site %1 did not answer within %2 s. Check that the node is running and reachable, or allow more time (--timeout).</source>
        <translation>Site %1 antwoordde niet binnen %2 s. Controleer of de node draait en bereikbaar is, of geef meer tijd (--timeout).</translation>
    </message>
    <message>
        <source>The node answered HTTP %1 without a readable error. Check that the address points to a Fairstart node.</source>
        <translation>De node antwoordde HTTP %1 zonder leesbare foutmelding. Controleer of het adres naar een Fairstart-node wijst.</translation>
    </message>
    <message>
        <source>The certificate of site %1 does not match its pin: someone may be intercepting the connection, or the node was re-initialised. Check the pin with the site&apos;s administrator.</source>
        <translation>Het certificaat van site %1 past niet bij haar pin: iemand onderschept mogelijk de verbinding, of de node is opnieuw ingericht. Controleer de pin met de beheerder van de site.</translation>
    </message>
    <message>
        <source>Site %1 did not answer in time (%2). Check that the node is running and reachable, or allow more time (--timeout).</source>
        <translation>Site %1 antwoordde niet op tijd (%2). Controleer of de node draait en bereikbaar is, of geef meer tijd (--timeout).</translation>
    </message>
    <message>
        <source>Could not connect to site %1 (%2). Check that the node is running and that the address %3 is right.</source>
        <translation>Kon geen verbinding maken met site %1 (%2). Controleer of de node draait en of het adres %3 klopt.</translation>
    </message>
    <message>
        <source>The host name of site %1 could not be resolved (%2). Check the address %3 and your network or proxy settings.</source>
        <translation>De hostnaam van site %1 kon niet worden opgezocht (%2). Controleer het adres %3 en uw netwerk- of proxy-instellingen.</translation>
    </message>
    <message>
        <source>Site %1 sent an answer larger than %2 MiB, which no Fairstart answer is; the request was stopped. Check the site&apos;s address.</source>
        <translation>Site %1 stuurde een antwoord groter dan %2 MiB, wat geen Fairstart-antwoord is; het verzoek is gestopt. Controleer het adres van de site.</translation>
    </message>
    <message>
        <source>No secure connection to site %1 could be established (%2). Check that the address is the node&apos;s https address.</source>
        <translation>Er kon geen beveiligde verbinding met site %1 worden opgezet (%2). Controleer of het adres het https-adres van de node is.</translation>
    </message>
    <message>
        <source>The connection to site %1 broke off (%2). Check that the node is still running, then try again.</source>
        <translation>De verbinding met site %1 werd verbroken (%2). Controleer of de node nog draait en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The request to site %1 failed (%2). Check the address and your network, then try again.</source>
        <translation>Het verzoek aan site %1 is mislukt (%2). Controleer het adres en uw netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>At this site alone the outcome is perfectly or almost perfectly predicted by %1 (separation): its own estimates drift to infinity, so none are shown.</source>
        <translation>Alleen bij deze site wordt de uitkomst (bijna) volledig voorspeld door %1 (separatie): de eigen schattingen van de site lopen naar oneindig, daarom worden er geen getoond.</translation>
    </message>
    <message>
        <source>At this site alone the term(s) %1 do not vary (a level no record here has, or a constant), so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>Alleen bij deze site variëren de term(en) %1 niet (een niveau dat hier geen enkel record heeft, of een constante), daarom kan het model niet op de gegevens van deze site alleen worden geschat.</translation>
    </message>
    <message>
        <source>At this site alone the design is singular, so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>Alleen bij deze site is het ontwerp singulier, daarom kan het model niet op de gegevens van deze site alleen worden geschat.</translation>
    </message>
    <message>
        <source>At this site alone the term(s) %1 are exact combinations of other terms, so the model cannot be fitted to this site&apos;s data by itself.</source>
        <translation>Alleen bij deze site zijn de term(en) %1 exacte combinaties van andere termen, daarom kan het model niet op de gegevens van deze site alleen worden geschat.</translation>
    </message>
    <message>
        <source>The fit at this site alone gave numbers that are not finite (a fitted value overflowed), so no estimates are shown.</source>
        <translation>De schatting bij deze site alleen gaf getallen die niet eindig zijn (een voorspelde waarde liep over), daarom worden er geen schattingen getoond.</translation>
    </message>
    <message>
        <source>The model could not be fitted at this site alone: %1</source>
        <translation>Het model kon niet bij deze site alleen worden geschat: %1</translation>
    </message>
    <message>
        <source>The fit at this site alone stopped: %1</source>
        <translation>De schatting bij deze site alleen is gestopt: %1</translation>
    </message>
    <message numerus="yes">
        <source>model fitted at this site alone in %n round(s)</source>
        <translation>
            <numerusform>model bij deze site alleen geschat in %n ronde</numerusform>
            <numerusform>model bij deze site alleen geschat in %n rondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The fit at this site alone did not converge within the rounds the site allows.</source>
        <translation>De schatting bij deze site alleen convergeerde niet binnen het aantal rondes dat de site toestaat.</translation>
    </message>
    <message>
        <source>Site %1 failed the client&apos;s check of the study: %2. The study was stopped and nothing more was released; run it again, and if this repeats, tell the site&apos;s administrator.</source>
        <translation>Site %1 kwam niet door de controle van de studie door de client: %2. De studie is gestopt en er is niets meer vrijgegeven; voer haar opnieuw uit en waarschuw de beheerder van de site als dit zich herhaalt.</translation>
    </message>
    <message>
        <source>it opened its job for another study (%1, not %2)</source>
        <translation>zij opende haar job voor een andere studie (%1, niet %2)</translation>
    </message>
    <message>
        <source>its job&apos;s design hash %1 differs from the manifest&apos;s %2</source>
        <translation>de ontwerphash %1 van haar job verschilt van die van het manifest (%2)</translation>
    </message>
    <message>
        <source>its signature of the study&apos;s manifest does not verify with its pinned signing key</source>
        <translation>haar handtekening van het manifest van de studie klopt niet met haar vastgepinde ondertekeningssleutel</translation>
    </message>
    <message>
        <source>manifest signed, cohort of %1 records</source>
        <translation>manifest ondertekend, cohort van %1 records</translation>
    </message>
    <message>
        <source>it armed another study or job (%1, job %2)</source>
        <translation>zij heeft een andere studie of job geactiveerd (%1, job %2)</translation>
    </message>
    <message>
        <source>it verified the signatures of %1, the study&apos;s participants are %2</source>
        <translation>zij controleerde de handtekeningen van %1, terwijl de deelnemers van de studie %2 zijn</translation>
    </message>
    <message>
        <source>every participant&apos;s signature verified</source>
        <translation>handtekening van elke deelnemer geverifieerd</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where every coordinator converged; it did not attest the final β</source>
        <translation>zij antwoordde &apos;%1&apos; terwijl elke coördinator convergeerde; zij heeft de definitieve β niet geattesteerd</translation>
    </message>
    <message>
        <source>its attested final β differs from the β this client computed from the same sums</source>
        <translation>haar geattesteerde definitieve β verschilt van de β die deze client uit dezelfde sommen berekende</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where the coordinator failed (%2)</source>
        <translation>zij antwoordde &apos;%1&apos; terwijl de coördinator faalde (%2)</translation>
    </message>
    <message>
        <source>it ended the study (&apos;%1&apos;) in round %2, where this client&apos;s coordinator, on the same sums, goes on</source>
        <translation>zij beëindigde de studie (&apos;%1&apos;) in ronde %2, terwijl de coördinator van deze client met dezelfde sommen doorgaat</translation>
    </message>
    <message>
        <source>it computed round %1 at another β (%2) than this client&apos;s coordinator (%3)</source>
        <translation>zij berekende ronde %1 bij een andere β (%2) dan de coördinator van deze client (%3)</translation>
    </message>
    <message>
        <source>fitting the model at this site alone</source>
        <translation>het model bij deze site alleen schatten</translation>
    </message>
    <message>
        <source>its own fit is of another study or design</source>
        <translation>haar eigen schatting hoort bij een andere studie of een ander ontwerp</translation>
    </message>
    <message>
        <source>its evaluation is of another design (%1)</source>
        <translation>haar evaluatie hoort bij een ander ontwerp (%1)</translation>
    </message>
    <message>
        <source>: unknown field &quot;%1&quot;; allowed are name, url, pin, token, token_env, signing_key and key_agreement_key.</source>
        <translation>: onbekend veld &quot;%1&quot;; toegestaan zijn name, url, pin, token, token_env, signing_key en key_agreement_key.</translation>
    </message>
    <message>
        <source>Cannot read the sites file %1 (%2) to record the sites&apos; keys.</source>
        <translation>Kan het sitesbestand %1 niet lezen (%2) om de sleutels van de sites vast te leggen.</translation>
    </message>
    <message>
        <source>The sites file %1 changed and is no longer a sites file; its keys were not recorded.</source>
        <translation>Het sitesbestand %1 is gewijzigd en is geen sitesbestand meer; de sleutels zijn niet vastgelegd.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2) to record the sites&apos; keys.</source>
        <translation>Kan %1 niet schrijven (%2) om de sleutels van de sites vast te leggen.</translation>
    </message>
    <message>
        <source>Site %1 published no valid study keys in /v1/info (an Ed25519 and an X25519 public key); the node cannot take part in a study. Ask its administrator to update the node.</source>
        <translation>Site %1 publiceert geen geldige studiesleutels in /v1/info (een publieke Ed25519- en X25519-sleutel); de node kan niet aan een studie deelnemen. Vraag de beheerder de node bij te werken.</translation>
    </message>
    <message>
        <source>Site %1 signs with another key than the one recorded for it (recorded %2, now %3): the node was re-initialised, or someone is answering in its place. Confirm the new key with the site&apos;s administrator, then remove signing_key and key_agreement_key from the site&apos;s entry so that they are recorded again.</source>
        <translation>Site %1 ondertekent met een andere sleutel dan de vastgelegde (vastgelegd %2, nu %3): de node is opnieuw geïnitialiseerd, of iemand anders antwoordt in haar plaats. Bevestig de nieuwe sleutel bij de beheerder van de site en verwijder daarna signing_key en key_agreement_key uit de vermelding van de site, zodat ze opnieuw worden vastgelegd.</translation>
    </message>
    <message>
        <source>Site %1 presents another key-agreement key than the one recorded for it (recorded %2, now %3): the node was re-initialised, or someone is answering in its place. Confirm the new key with the site&apos;s administrator, then remove signing_key and key_agreement_key from the site&apos;s entry so that they are recorded again.</source>
        <translation>Site %1 toont een andere sleutel voor sleutelovereenkomst dan de vastgelegde (vastgelegd %2, nu %3): de node is opnieuw geïnitialiseerd, of iemand anders antwoordt in haar plaats. Bevestig de nieuwe sleutel bij de beheerder van de site en verwijder daarna signing_key en key_agreement_key uit de vermelding van de site, zodat ze opnieuw worden vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 does not allow the plain mode, which a study of %n site(s) needs (masked sums hide a site&apos;s numbers only among three or more sites). Add sites, or ask the site whether its policy can allow plain studies.</source>
        <translation>
            <numerusform>Site %1 staat de modus plain niet toe, die een studie van %n site nodig heeft (gemaskeerde sommen verbergen de getallen van een site alleen bij drie of meer sites). Voeg sites toe, of vraag de site of haar beleid plain-studies kan toestaan.</numerusform>
            <numerusform>Site %1 staat de modus plain niet toe, die een studie van %n sites nodig heeft (gemaskeerde sommen verbergen de getallen van een site alleen bij drie of meer sites). Voeg sites toe, of vraag de site of haar beleid plain-studies kan toestaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 does not offer the %2 mode (it offers: %3); choose another --mode or ask the site&apos;s administrator.</source>
        <translation>Site %1 biedt de modus %2 niet aan (zij biedt: %3); kies een andere --mode of vraag het de beheerder van de site.</translation>
    </message>
    <message>
        <source>Sites %1 and %2 are the same node (&apos;%3&apos;): its records would count twice. Remove one of them from the run.</source>
        <translation>Sites %1 en %2 zijn dezelfde node (&apos;%3&apos;): haar records zouden dubbel tellen. Verwijder een van beide uit de analyse.</translation>
    </message>
    <message>
        <source>its round %1 contribution does not carry a valid signature of its pinned key: the answer was altered on its way, or another node answered</source>
        <translation>haar bijdrage van ronde %1 draagt geen geldige handtekening van haar vastgepinde sleutel: het antwoord is onderweg gewijzigd, of een andere node antwoordde</translation>
    </message>
    <message>
        <source>its round %1 contribution belongs to another study (%2)</source>
        <translation>haar bijdrage van ronde %1 hoort bij een andere studie (%2)</translation>
    </message>
    <message>
        <source>its round %1 contribution is signed for the participant &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>haar bijdrage van ronde %1 is ondertekend voor deelnemer &apos;%2&apos;, niet &apos;%3&apos;</translation>
    </message>
    <message>
        <source>it answered round %1 with its contribution of round %2</source>
        <translation>zij beantwoordde ronde %1 met haar bijdrage van ronde %2</translation>
    </message>
    <message>
        <source>its contribution is in the %1 mode, the study&apos;s is %2</source>
        <translation>haar bijdrage is in de modus %1, die van de studie is %2</translation>
    </message>
    <message>
        <source>its contribution has %1 columns, the design %2</source>
        <translation>haar bijdrage heeft %1 kolommen, het ontwerp %2</translation>
    </message>
    <message>
        <source>its plain statistics do not have the design&apos;s shape</source>
        <translation>haar ongemaskeerde statistieken hebben niet de vorm van het ontwerp</translation>
    </message>
    <message>
        <source>its masked statistics hold %1 words, the design needs %2</source>
        <translation>haar gemaskeerde statistieken bevatten %1 woorden, het ontwerp vraagt er %2</translation>
    </message>
    <message>
        <source>its attestation of the final β has %1 values, the design %2</source>
        <translation>haar attestatie van de definitieve β heeft %1 waarden, het ontwerp %2</translation>
    </message>
    <message>
        <source>its attestation&apos;s β does not match the β hash it signed</source>
        <translation>de β van haar attestatie komt niet overeen met de β-hash die zij ondertekende</translation>
    </message>
    <message>
        <source>it answered as an observer, but it is a participant of the study</source>
        <translation>zij antwoordde als waarnemer, maar is deelnemer van de studie</translation>
    </message>
    <message>
        <source>The held-out site %1 is not one of the run&apos;s sites, or no other site is left to fit the model; name it among two or more sites.</source>
        <translation>De weggelaten site %1 is geen van de sites van de analyse, of er blijft geen andere site over om het model te schatten; noem haar tussen twee of meer sites.</translation>
    </message>
    <message>
        <source>A risk threshold must lie strictly between 0 and 1; %1 does not. Give thresholds such as 0.1 or 0.25.</source>
        <translation>Een risicodrempel moet strikt tussen 0 en 1 liggen; %1 doet dat niet. Geef drempels zoals 0,1 of 0,25.</translation>
    </message>
    <message>
        <source>as an observer it answered &apos;%1&apos; in round %2, where &apos;%3&apos; was due</source>
        <translation>als waarnemer antwoordde zij &apos;%1&apos; in ronde %2, waar &apos;%3&apos; verwacht werd</translation>
    </message>
    <message>
        <source>as an observer it computed round %1 at another β than the participants</source>
        <translation>als waarnemer berekende zij ronde %1 bij een andere β dan de deelnemers</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where an evaluation was due</source>
        <translation>zij antwoordde &apos;%1&apos; waar een evaluatie verwacht werd</translation>
    </message>
    <message>
        <source>it evaluated another β (%1) than the attested final β (%2)</source>
        <translation>zij evalueerde een andere β (%1) dan de geattesteerde uiteindelijke β (%2)</translation>
    </message>
    <message>
        <source>its masked evaluation does not have the study&apos;s length</source>
        <translation>haar gemaskeerde evaluatie heeft niet de lengte van de studie</translation>
    </message>
    <message>
        <source>The masked evaluations do not sum to an evaluation: a contribution was changed, or a site masked with other keys. Run the evaluation again; if this repeats, tell the sites&apos; administrators.</source>
        <translation>De gemaskeerde evaluaties tellen niet op tot een evaluatie: een bijdrage is gewijzigd, of een site maskeerde met andere sleutels. Voer de evaluatie opnieuw uit; als dit zich herhaalt, waarschuw dan de beheerders van de sites.</translation>
    </message>
    <message>
        <source>not available in masked mode: the sites released only the pooled evaluation</source>
        <translation>niet beschikbaar in gemaskeerde modus: de sites gaven alleen de samengevoegde evaluatie vrij</translation>
    </message>
    <message>
        <source>masked evaluation summed</source>
        <translation>gemaskeerde evaluatie opgeteld</translation>
    </message>
    <message>
        <source>it checked another study (%1, not %2)</source>
        <translation>zij controleerde een andere studie (%1, niet %2)</translation>
    </message>
    <message>
        <source>passes every rule it checked in advance</source>
        <translation>voldoet aan elke regel die zij vooraf controleerde</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; in round %2, but it is an observer of the study and holds no statistics</source>
        <translation>zij antwoordde &apos;%1&apos; in ronde %2, maar zij is waarnemer van de studie en heeft geen statistieken</translation>
    </message>
    <message>
        <source>its evaluation does not have the study&apos;s kind or risk grid</source>
        <translation>haar evaluatie heeft niet het soort of het risicorooster van de studie</translation>
    </message>
    <message numerus="yes">
        <source>Leave-one-site-out validation needs at least %1 sites (each is held out in turn and the model fitted on the others, and the pooled measures need three held-out sites); %n site(s) were given. Add sites, or report the fit&apos;s apparent performance as apparent.</source>
        <translation>
            <numerusform>Validatie met weglating van één site vraagt minstens %1 sites (elke site wordt om beurten weggelaten en het model geschat op de andere, en de samengevoegde maten vragen drie weggelaten sites); er is %n site opgegeven. Voeg sites toe, of rapporteer de schijnbare prestaties van de schatting als schijnbaar.</numerusform>
            <numerusform>Validatie met weglating van één site vraagt minstens %1 sites (elke site wordt om beurten weggelaten en het model geschat op de andere, en de samengevoegde maten vragen drie weggelaten sites); er zijn %n sites opgegeven. Voeg sites toe, of rapporteer de schijnbare prestaties van de schatting als schijnbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation measures (AUC, calibration, O/E, Brier score) need a binomial model; choose an outcome with two classes.</source>
        <translation>Validatiematen (AUC, kalibratie, W/V, Brier-score) vragen een binomiaal model; kies een uitkomst met twee klassen.</translation>
    </message>
    <message>
        <source>The design of this fold (%1) differs from the other folds&apos; (%2): a site&apos;s catalogue or descriptives changed during the run. Run the validation again.</source>
        <translation>Het ontwerp van deze fold (%1) verschilt van dat van de andere folds (%2): de catalogus of de beschrijvende statistieken van een site zijn tijdens de analyse veranderd. Voer de validatie opnieuw uit.</translation>
    </message>
    <message>
        <source>The held-out site released no evaluation of the model.</source>
        <translation>De weggelaten site gaf geen evaluatie van het model vrij.</translation>
    </message>
    <message>
        <source>The held-out site&apos;s calibration studies gave no estimate.</source>
        <translation>De kalibratiestudies van de weggelaten site gaven geen schatting.</translation>
    </message>
    <message>
        <source>The held-out sites&apos; measures could not be pooled: %1</source>
        <translation>De maten van de weggelaten sites konden niet worden samengevoegd: %1</translation>
    </message>
    <message>
        <source>The model %1 is not a binomial model; only risk models can be evaluated (AUC, Brier score, calibration).</source>
        <translation>Het model %1 is geen binomiaal model; alleen risicomodellen kunnen worden geëvalueerd (AUC, Brier-score, kalibratie).</translation>
    </message>
    <message>
        <source>The copy of the model %1 has %2 coefficients for %3 terms; use the file the sites registered.</source>
        <translation>De kopie van het model %1 heeft %2 coëfficiënten voor %3 termen; gebruik het bestand dat de sites registreerden.</translation>
    </message>
    <message>
        <source>The copy of the model has the hash %1, not %2 as named; use the file the sites registered, or name the model by its hash.</source>
        <translation>De kopie van het model heeft de hash %1, niet %2 zoals opgegeven; gebruik het bestand dat de sites registreerden, of noem het model bij zijn hash.</translation>
    </message>
    <message>
        <source>A masked evaluation of the registered model %1 needs your copy of the model (its design and β; with fairstart-cli, --model-file): the sites&apos; common study names the model&apos;s design and hash. Give it, or ask for the per-site evaluation with --mode plain where the sites allow plain mode.</source>
        <translation>Een gemaskeerde evaluatie van het geregistreerde model %1 vraagt uw kopie van het model (het ontwerp en de β; met fairstart-cli: --model-file): de gezamenlijke studie van de sites noemt het ontwerp en de hash van het model. Geef die op, of vraag de evaluatie per site aan met --mode plain waar de sites de ongemaskeerde modus toestaan.</translation>
    </message>
    <message>
        <source>too few records (min-cohort)</source>
        <translation>te weinig records (min-cohort)</translation>
    </message>
    <message>
        <source>too few records of an outcome or a design cell (min-cell)</source>
        <translation>te weinig records voor een uitkomst of een cel van het ontwerp (min-cell)</translation>
    </message>
    <message>
        <source>the cells withheld with it would be too small (complement)</source>
        <translation>de cellen die ermee worden achtergehouden zouden te klein zijn (complement)</translation>
    </message>
    <message>
        <source>it would split an earlier release (differencing)</source>
        <translation>ze zou een eerdere vrijgave opsplitsen (differencing)</translation>
    </message>
    <message>
        <source>a few records dominate it (dominance)</source>
        <translation>enkele records domineren haar (dominance)</translation>
    </message>
    <message>
        <source>it answered without the subgroup cells</source>
        <translation>zij antwoordde zonder de subgroepcellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>withheld at %1</source>
        <translation>achtergehouden bij %1</translation>
    </message>
    <message>
        <source>No site lists the variable &apos;%1&apos; in its catalogue.</source>
        <translation>Geen enkele site vermeldt de variabele &apos;%1&apos; in haar catalogus.</translation>
    </message>
    <message>
        <source>The catalogues list no level of &apos;%1&apos;.</source>
        <translation>De catalogi vermelden geen niveau van &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its contribution&apos;s signature does not verify against its key in the manifest: the answer was changed on the way, or another key signed it</source>
        <translation>de handtekening van haar bijdrage klopt niet met haar sleutel in het manifest: het antwoord is onderweg gewijzigd, of een andere sleutel heeft het ondertekend</translation>
    </message>
    <message>
        <source>its contribution belongs to another study</source>
        <translation>haar bijdrage hoort bij een andere studie</translation>
    </message>
    <message>
        <source>its contribution is signed as site &apos;%1&apos;</source>
        <translation>haar bijdrage is ondertekend als site &apos;%1&apos;</translation>
    </message>
    <message>
        <source>its contribution is of round %1, not 1</source>
        <translation>haar bijdrage is van ronde %1, niet van ronde 1</translation>
    </message>
    <message>
        <source>it answered &apos;%1&apos; where descriptives were due</source>
        <translation>zij antwoordde &apos;%1&apos; waar beschrijvende statistieken verwacht werden</translation>
    </message>
    <message>
        <source>its contribution names another mode or study</source>
        <translation>haar bijdrage noemt een andere modus of studie</translation>
    </message>
    <message>
        <source>its masked descriptives do not have the study&apos;s length</source>
        <translation>haar gemaskeerde beschrijvende statistieken hebben niet de lengte van de studie</translation>
    </message>
    <message>
        <source>The node&apos;s signature of the manifest does not verify against its key: it signed another manifest, or another key signed it.</source>
        <translation>De handtekening van de node onder het manifest klopt niet met haar sleutel: zij heeft een ander manifest ondertekend, of een andere sleutel heeft het ondertekend.</translation>
    </message>
    <message>
        <source>The site&apos;s descriptives were refused: %1. Nothing of the study is shown; run it again, and if this repeats tell the site&apos;s administrator.</source>
        <translation>De beschrijvende statistieken van de site zijn geweigerd: %1. Er wordt niets van de studie getoond; voer haar opnieuw uit en waarschuw de beheerder van de site als dit zich herhaalt.</translation>
    </message>
    <message>
        <source>The site&apos;s masked descriptives do not have the study&apos;s length.</source>
        <translation>De gemaskeerde beschrijvende statistieken van de site hebben niet de lengte van de studie.</translation>
    </message>
    <message>
        <source>The masked descriptives do not sum to descriptives: a contribution was changed, or a site masked with other keys. Run the study again; if this repeats, tell the sites&apos; administrators.</source>
        <translation>De gemaskeerde beschrijvende statistieken tellen niet op tot beschrijvende statistieken: een bijdrage is gewijzigd, of een site maskeerde met andere sleutels. Voer de studie opnieuw uit; als dit zich herhaalt, waarschuw dan de beheerders van de sites.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; cannot be read: %2. Choose the file the sites registered.</source>
        <translation>Het modelbestand &apos;%1&apos; kan niet worden gelezen: %2. Kies het bestand dat de sites registreerden.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is not a registered model: %2. Choose the file the sites registered ({&quot;design&quot;: {...}, &quot;beta&quot;: [...]}).</source>
        <translation>Het bestand &apos;%1&apos; is geen geregistreerd model: %2. Kies het bestand dat de sites registreerden ({&quot;design&quot;: {...}, &quot;beta&quot;: [...]}).</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>het is groter dan 4 MiB</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>het is geen JSON-object</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is unknown</source>
        <translation>het veld &apos;%1&apos; is onbekend</translation>
    </message>
    <message>
        <source>its design is not a resolved design (%1)</source>
        <translation>zijn ontwerp is geen uitgewerkt ontwerp (%1)</translation>
    </message>
    <message>
        <source>its beta holds a value that is not a finite number</source>
        <translation>zijn beta bevat een waarde die geen eindig getal is</translation>
    </message>
    <message>
        <source>its beta has %1 values, its design %2 columns</source>
        <translation>zijn beta heeft %1 waarden, zijn ontwerp %2 kolommen</translation>
    </message>
    <message>
        <source>it answered with descriptives where a model study was due</source>
        <translation>zij antwoordde met beschrijvende statistieken waar een modelstudie verwacht werd</translation>
    </message>
    <message>
        <source>the cohort has fewer than %1 records, the smallest this site allows; widen the filters or leave this site out</source>
        <translation>het cohort heeft minder dan %1 records, het kleinste aantal dat deze site toestaat; verruim de filters of laat deze site weg</translation>
    </message>
    <message>
        <source>the cohort, or the records it leaves out, would have fewer than %1 records; widen the filters or merge levels</source>
        <translation>het cohort, of de records die het weglaat, zou minder dan %1 records hebben; verruim de filters of voeg niveaus samen</translation>
    </message>
    <message>
        <source>a cell (a level, an outcome class or a combination of yes/no variables) has fewer than %1 records; merge levels or drop the variable</source>
        <translation>een cel (een niveau, een uitkomstklasse of een combinatie van ja/nee-variabelen) heeft minder dan %1 records; voeg niveaus samen of laat de variabele weg</translation>
    </message>
    <message>
        <source>the site allows one parameter per %1 events (of the rarer outcome class) and the model has more; use fewer predictors or levels</source>
        <translation>de site staat één parameter per %1 events (van de zeldzamere uitkomstklasse) toe en het model heeft er meer; gebruik minder voorspellers of niveaus</translation>
    </message>
    <message>
        <source>the model must leave at least %1 records more than it has parameters; use fewer predictors</source>
        <translation>het aantal records moet het aantal parameters van het model met ten minste %1 overtreffen; gebruik minder voorspellers</translation>
    </message>
    <message>
        <source>a few records make up more than %1% of a sum; winsorise or transform the variable</source>
        <translation>enkele records maken meer dan %1% van een som uit; winsoriseer of transformeer de variabele</translation>
    </message>
    <message>
        <source>the model needs more than %1 rounds, the most this site allows; simplify the model</source>
        <translation>het model heeft meer dan %1 rondes nodig, het maximum dat deze site toestaat; vereenvoudig het model</translation>
    </message>
    <message>
        <source>your %1 analyses a day at this site are used up; try again tomorrow or ask the site administrator</source>
        <translation>uw %1 analyses per dag bij deze site zijn op; probeer het morgen opnieuw of vraag het de beheerder van de site</translation>
    </message>
    <message>
        <source>this site takes part in masked studies only; run the study in masked mode (three or more sites)</source>
        <translation>deze site neemt alleen deel aan gemaskeerde studies; voer de studie uit in gemaskeerde modus (drie of meer sites)</translation>
    </message>
    <message>
        <source>this site takes part in plain studies of at most %1 sites; run the study in masked mode</source>
        <translation>deze site neemt alleen deel aan ongemaskeerde studies van hoogstens %1 sites; voer de studie uit in gemaskeerde modus</translation>
    </message>
    <message>
        <source>the cohort is smaller than the site allows; widen the filters or leave this site out</source>
        <translation>het cohort is kleiner dan de site toestaat; verruim de filters of laat deze site weg</translation>
    </message>
    <message>
        <source>a subgroup is too small to release; widen the filters or merge levels</source>
        <translation>een subgroep is te klein om vrij te geven; verruim de filters of voeg niveaus samen</translation>
    </message>
    <message>
        <source>a cell (a level, an outcome class or a combination of yes/no variables) has too few records; merge levels or drop the variable</source>
        <translation>een cel (een niveau, een uitkomstklasse of een combinatie van ja/nee-variabelen) heeft te weinig records; voeg niveaus samen of laat de variabele weg</translation>
    </message>
    <message>
        <source>there are too few events for the number of parameters; use fewer predictors or levels</source>
        <translation>er zijn te weinig events voor het aantal parameters; gebruik minder voorspellers of niveaus</translation>
    </message>
    <message>
        <source>the model has nearly as many parameters as records; use fewer predictors</source>
        <translation>het model heeft bijna evenveel parameters als records; gebruik minder voorspellers</translation>
    </message>
    <message>
        <source>a few records dominate a sum; winsorise or transform the variable</source>
        <translation>enkele records domineren een som; winsoriseer of transformeer de variabele</translation>
    </message>
    <message>
        <source>the model needed more rounds than the site allows; simplify the model</source>
        <translation>het model had meer rondes nodig dan de site toestaat; vereenvoudig het model</translation>
    </message>
    <message>
        <source>your daily number of analyses at this site is used up; try again tomorrow or ask the site administrator</source>
        <translation>uw dagelijkse aantal analyses bij deze site is op; probeer het morgen opnieuw of vraag het de beheerder van de site</translation>
    </message>
    <message>
        <source>this site does not take part in a plain study of this many sites; run the study in masked mode</source>
        <translation>deze site neemt niet deel aan een ongemaskeerde studie met zoveel sites; voer de studie uit in gemaskeerde modus</translation>
    </message>
    <message>
        <source>this study differs by one site from one run before, so the difference would describe that site; add or leave out more sites</source>
        <translation>deze studie verschilt één site van een eerder uitgevoerde studie, zodat het verschil die site zou beschrijven; voeg meer sites toe of laat er meer weg</translation>
    </message>
    <message>
        <source>your token does not allow this purpose; choose another purpose or ask the site administrator</source>
        <translation>uw token staat dit doel niet toe; kies een ander doel of vraag het de beheerder van de site</translation>
    </message>
    <message>
        <source>no records carry consent for this purpose</source>
        <translation>geen enkel record heeft toestemming voor dit doel</translation>
    </message>
    <message>
        <source>your token is no longer valid; ask the site administrator for a new one</source>
        <translation>uw token is niet meer geldig; vraag de beheerder van de site om een nieuw token</translation>
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
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>%1 withheld by its own release rules</source>
        <translation>%1 achtergehouden door de eigen vrijgaveregels</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 mislukt</translation>
    </message>
    <message numerus="yes">
        <source>Only %n held-out site(s) gave results (%1; see their rows); pooling needs at least three, so no pooled measures are given.</source>
        <translation>
            <numerusform>Slechts %n weggelaten site gaf resultaten (%1; zie hun rijen); samenvoegen vraagt er minstens drie, dus er worden geen samengevoegde maten gegeven.</numerusform>
            <numerusform>Slechts %n weggelaten sites gaven resultaten (%1; zie hun rijen); samenvoegen vraagt er minstens drie, dus er worden geen samengevoegde maten gegeven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pooled over %n held-out site(s); without the sites that gave no results (%1; see their rows).</source>
        <translation>
            <numerusform>Samengevoegd over %n weggelaten site; zonder de sites die geen resultaten gaven (%1; zie hun rijen).</numerusform>
            <numerusform>Samengevoegd over %n weggelaten sites; zonder de sites die geen resultaten gaven (%1; zie hun rijen).</numerusform>
        </translation>
    </message>
    <message>
        <source>its contribution tags are not one per site of the study with its own slot empty</source>
        <translation>haar bijdragetags zijn niet precies één per site van de studie, met haar eigen plaats leeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a categorical or yes/no variable with levels in the catalogues: tables and trends count levels.</source>
        <translation>&apos;%1&apos; is geen categorische of ja/nee-variabele met niveaus in de catalogi: tabellen en trends tellen niveaus.</translation>
    </message>
    <message>
        <source>A masked histogram of &apos;%1&apos; needs evenly spaced edges whose first and last are multiples of the spacing (e.g. 0, 500, ..., 6000), so that every site counts the same bins.</source>
        <translation>Een gemaskeerd histogram van &apos;%1&apos; vraagt grenzen op gelijke afstanden, waarvan de eerste en de laatste een veelvoud van die afstand zijn (bijv. 0, 500, ..., 6000), zodat elke site dezelfde klassen telt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not numeric: a histogram describes a numeric variable.</source>
        <translation>&apos;%1&apos; is niet numeriek: een histogram beschrijft een numerieke variabele.</translation>
    </message>
    <message>
        <source>Name at least one variable, table or trend to describe.</source>
        <translation>Geef ten minste één variabele, tabel of trend op om te beschrijven.</translation>
    </message>
    <message>
        <source>this cohort differs by fewer than %1 records from one released before (by anyone, for any purpose), so the difference would reveal those records; use the purpose, filters and complete cases of the earlier analyses (another purpose&apos;s consent selects other records), or change the cohort more</source>
        <translation>dit cohort verschilt minder dan %1 records van een eerder vrijgegeven cohort (door wie en voor welk doel ook), dus het verschil zou die records onthullen; gebruik het doel, de filters en de complete cases van de eerdere analyses (de toestemming voor een ander doel selecteert andere records), of wijzig het cohort meer</translation>
    </message>
    <message>
        <source>this cohort differs too little from one released before (by anyone, for any purpose), so the difference would reveal a few records; use the purpose, filters and complete cases of the earlier analyses (another purpose&apos;s consent selects other records), or change the cohort more</source>
        <translation>dit cohort verschilt te weinig van een eerder vrijgegeven cohort (door wie en voor welk doel ook), dus het verschil zou enkele records onthullen; gebruik het doel, de filters en de complete cases van de eerdere analyses (de toestemming voor een ander doel selecteert andere records), of wijzig het cohort meer</translation>
    </message>
    <message>
        <source>The %1 knots of rcs(%2) cannot be placed at distinct values that are edges of every site&apos;s histogram of %2; use fewer knots.</source>
        <translation>De %1 knopen van rcs(%2) kunnen niet op verschillende waarden worden geplaatst die grenzen zijn van het histogram van %2 bij elke site; gebruik minder knopen.</translation>
    </message>
    <message>
        <source>%1 has no spread across the sites&apos; cohorts, so it has no histogram.</source>
        <translation>%1 heeft geen spreiding in de cohorten van de sites en heeft dus geen histogram.</translation>
    </message>
    <message>
        <source>No lattice common to every site gives a histogram of %1: each site releases its histogram on a lattice of its own, with bins merged where its records are sparse, and on none of the %2 candidate steps did every site release two adjacent cells. This happens with few records per site, and with whole numbers (ages in years) at sites whose own step is finer than 1, whose edges then lie between the whole numbers. The mean and SD above are complete; for a histogram, describe fewer, larger sites together.</source>
        <translation>Geen rooster dat alle sites gemeen hebben levert een histogram van %1 op: elke site geeft haar histogram vrij op een eigen rooster, met klassen samengevoegd waar haar records schaars zijn, en bij geen van de %2 kandidaat-stapgroottes gaf elke site twee aangrenzende cellen vrij. Dit gebeurt bij weinig records per site, en bij gehele getallen (leeftijden in jaren) bij sites waarvan de eigen stapgrootte fijner is dan 1, zodat hun grenzen tussen de gehele getallen liggen. Het gemiddelde en de SD hierboven zijn volledig; beschrijf voor een histogram minder, grotere sites samen.</translation>
    </message>
    <message>
        <source>The study of the histograms ended without a result (%1); the table is complete. Describe again for the histograms.</source>
        <translation>De studie van de histogrammen is zonder resultaat geëindigd (%1); de tabel is volledig. Beschrijf opnieuw voor de histogrammen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 released no histogram of %2: a site withholds it when its cohort has too few records of the variable for bins of its minimum cell count beyond both tails. A pooled histogram without it would leave its records out, so none is drawn; the mean and SD above include every site.</source>
        <translation>
            <numerusform>%1 gaf geen histogram van %2 vrij: een site houdt het achter als haar cohort te weinig records van de variabele heeft voor klassen met haar minimumaantal per cel naast beide staarten. Een samengevoegd histogram zonder deze site zou haar records weglaten, daarom wordt er geen getekend; het gemiddelde en de SD hierboven omvatten elke site.</numerusform>
            <numerusform>%1 gaven geen histogram van %2 vrij: een site houdt het achter als haar cohort te weinig records van de variabele heeft voor klassen met haar minimumaantal per cel naast beide staarten. Een samengevoegd histogram zonder deze sites zou hun records weglaten, daarom wordt er geen getekend; het gemiddelde en de SD hierboven omvatten elke site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Modelschatting</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Kalibratiehelling</translation>
    </message>
    <message>
        <source>Calibration in the large</source>
        <translation>Kalibratie in het groot</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Descriptives</source>
        <translation>Beschrijvende statistiek</translation>
    </message>
    <message>
        <source>Histogram cells</source>
        <translation>Histogramcellen</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>over all the site&apos;s records a few make up more than %1% of a sum of this variable, so the site refuses it for every cohort; ask the site&apos;s data steward to check those values, and until then leave the variable out or, in a model, winsorise it at a histogram edge or take its log</source>
        <translation>over alle records van de site maken enkele records meer dan %1% uit van een som van deze variabele, dus weigert de site haar voor elk cohort; vraag de databeheerder van de site die waarden te controleren, en laat de variabele tot dan weg of winsoriseer haar in een model op een histogramgrens of neem haar logaritme</translation>
    </message>
    <message>
        <source>a few of the site&apos;s records dominate this variable, so the site refuses it for every cohort; ask the site&apos;s data steward to check those values</source>
        <translation>enkele records van de site domineren deze variabele, dus weigert de site haar voor elk cohort; vraag de databeheerder van de site die waarden te controleren</translation>
    </message>
    <message>
        <source>a few of the site&apos;s records dominate a variable (dataset-dominance)</source>
        <translation>enkele records van de site domineren een variabele (dataset-dominance)</translation>
    </message>
    <message>
        <source>its manifest tags are not one per site of the study with its own slot empty</source>
        <translation>de manifesttags zijn niet één per locatie van de studie met het eigen vak leeg</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>minder dan %1</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>te weinig</translation>
    </message>
    <message>
        <source>together with an earlier model on this dataset (by anyone, for any purpose) that also has %1 as a predictor, this model would give the sums over %2 records of one category of %1 that are in one of the two cohorts and not in the other (for example the records that one model&apos;s complete cases leave out); fit this model on the cohort of the earlier one (the same filters, and complete cases of the variables of both models), or leave %1 out of it</source>
        <translation>samen met een eerder model op deze dataset (door wie dan ook, voor welk doel dan ook) dat %1 ook als predictor heeft, zou dit model de sommen geven over %2 records van één categorie van %1 die in het ene cohort zitten en niet in het andere (bijvoorbeeld de records die de volledige gevallen van één model weglaten); pas dit model toe op het cohort van het eerdere (dezelfde filters en de volledige gevallen van de variabelen van beide modellen), of laat %1 eruit weg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a site name; use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>&apos;%1&apos; is geen locatienaam; gebruik 1 tot 64 letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, beginnend met een letter of cijfer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a node address; write it as https://HOST:PORT, as the site&apos;s administrator gave it.</source>
        <translation>&apos;%1&apos; is geen knooppuntadres; schrijf het als https://HOST:POORT, zoals de beheerder van de locatie het gaf.</translation>
    </message>
    <message>
        <source>not a certificate pin; copy it exactly as &apos;fairstart-node pin&apos; prints it (sha256// followed by 44 characters).</source>
        <translation>geen certificaatpin; kopieer hem precies zoals &apos;fairstart-node pin&apos; hem toont (sha256// gevolgd door 44 tekens).</translation>
    </message>
    <message>
        <source>missing; ask the site&apos;s administrator for a token (&apos;fairstart-node token create&apos;).</source>
        <translation>ontbreekt; vraag de beheerder van de locatie om een token (&apos;fairstart-node token create&apos;).</translation>
    </message>
    <message>
        <source>not an Ed25519 public key (base64 of 32 bytes); remove the field to record the node&apos;s key again at the next run.</source>
        <translation>geen publieke Ed25519-sleutel (base64 van 32 bytes); verwijder het veld om de sleutel van het knooppunt bij de volgende analyse opnieuw vast te leggen.</translation>
    </message>
    <message>
        <source>not an X25519 public key (base64 of 32 bytes); remove the field to record the node&apos;s key again at the next run.</source>
        <translation>geen publieke X25519-sleutel (base64 van 32 bytes); verwijder het veld om de sleutel van het knooppunt bij de volgende analyse opnieuw vast te leggen.</translation>
    </message>
    <message>
        <source>give both or neither; remove the one that is there to record both at the next run.</source>
        <translation>geef beide of geen van beide; verwijder de aanwezige om beide bij de volgende analyse vast te leggen.</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>voldoende</translation>
    </message>
    <message>
        <source>the site removed or corrected records after earlier releases on part of this cohort (by anyone, for any purpose); a cohort that holds all the remaining records of such an earlier group, or leaves fewer than %1 of them out, could reveal the removed records and is refused, now and later; use a cohort that leaves at least %1 records of each such group out (another filter or other complete cases)</source>
        <translation>de site heeft na eerdere vrijgaven over een deel van dit cohort records verwijderd of gecorrigeerd (door wie dan ook, voor welk doel dan ook); een cohort dat alle resterende records van zo&apos;n eerdere groep bevat, of er minder dan %1 van weglaat, zou de verwijderde records kunnen onthullen en wordt geweigerd, nu en later; gebruik een cohort dat van elke zulke groep minstens %1 records weglaat (een ander filter of andere complete cases)</translation>
    </message>
    <message>
        <source>its sealed sum seeds are not one per site of the study with its own slot empty</source>
        <translation>de verzegelde somzaden zijn niet één per site van de studie met het eigen vak leeg</translation>
    </message>
    <message>
        <source>its sum tags are not one per site of the study with its own slot empty</source>
        <translation>de somtags zijn niet één per site van de studie met het eigen vak leeg</translation>
    </message>
    <message>
        <source>your token&apos;s %1 requests an hour at this site are used up; wait a little and try again, or ask the site administrator</source>
        <translation>de %1 verzoeken per uur van uw token bij deze site zijn op; wacht even en probeer het opnieuw, of vraag het de sitebeheerder</translation>
    </message>
    <message>
        <source>your token has made as many requests as this site allows in an hour; wait a little and try again, or ask the site administrator</source>
        <translation>uw token heeft zoveel verzoeken gedaan als deze site per uur toestaat; wacht even en probeer het opnieuw, of vraag het de sitebeheerder</translation>
    </message>
    <message>
        <source>together with an earlier model of this outcome on this dataset (by anyone, for any purpose), this model would give the sums over a group of %1 records with (or without) the outcome: the records in one of the two cohorts and not in the other, for example those that one model&apos;s complete cases leave out because a variable is missing; fit this model on the records of the earlier one (the same filters, and complete cases of the variables of both models: add the earlier model&apos;s variables that have missing values), or on a cohort that differs from it by at least %2 records with and %2 without the outcome</source>
        <translation>samen met een eerder model van deze uitkomst op deze dataset (van wie dan ook, voor welk doel dan ook) zou dit model de sommen geven over een groep van %1 records met (of zonder) de uitkomst: de records in het ene cohort en niet in het andere, bijvoorbeeld die welke de complete cases van één model weglaten omdat een variabele ontbreekt; pas dit model toe op de records van het eerdere (dezelfde filters, en complete cases van de variabelen van beide modellen: voeg de variabelen van het eerdere model met ontbrekende waarden toe), of op een cohort dat er minstens %2 records met en %2 zonder de uitkomst van verschilt</translation>
    </message>
    <message>
        <source>Site %1 has no variable &apos;%2&apos; in dataset %3; did you mean %4? Check the spelling with &apos;fairstart-cli catalogue&apos;, or leave the site out.</source>
        <translation>Site %1 heeft geen variabele &apos;%2&apos; in dataset %3; bedoelde u %4? Controleer de spelling met &apos;fairstart-cli catalogue&apos;, of laat de site weg.</translation>
    </message>
    <message>
        <source>its answer to a request batch cannot be read (%1)</source>
        <translation>zijn antwoord op een bundel verzoeken is onleesbaar (%1)</translation>
    </message>
    <message>
        <source>its answer to a request batch has %1 parts, not the 2 sent</source>
        <translation>zijn antwoord op een bundel verzoeken heeft %1 delen, niet de 2 verzonden</translation>
    </message>
    <message>
        <source>it did not open the evaluation&apos;s job</source>
        <translation>hij heeft de job van de evaluatie niet geopend</translation>
    </message>
    <message>
        <source>its answer to a request batch has %1 parts, not the 3 sent</source>
        <translation>zijn antwoord op een bundel verzoeken heeft %1 delen, niet de 3 verzonden</translation>
    </message>
</context>
<context>
    <name>Fairstart::CommandLine</name>
    <message>
        <source>--%1 must be a whole number, %2 or more (not &apos;%3&apos;).</source>
        <translation>--%1 moet een geheel getal zijn, %2 of meer (niet &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (not &apos;%4&apos;).</source>
        <translation>--%1 moet een geheel getal van %2 tot en met %3 zijn (niet &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>--%1 must be a number greater than %2 and at most %3 (not &apos;%4&apos;).</source>
        <translation>--%1 moet een getal groter dan %2 en hoogstens %3 zijn (niet &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>unknown --%1 &apos;%2&apos;; use one of: %3.</source>
        <translation>onbekende --%1 &apos;%2&apos;; gebruik een van: %3.</translation>
    </message>
    <message>
        <source>--%1 must be HOST:PORT, e.g. 0.0.0.0:8443 or [::1]:8443.</source>
        <translation>--%1 moet HOST:PORT zijn, bijv. 0.0.0.0:8443 of [::1]:8443.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>onbekende optie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 heeft een waarde nodig (%2).</translation>
    </message>
    <message>
        <source>--%1 has an empty value.</source>
        <translation>--%1 heeft een lege waarde.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 accepteert geen waarde.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>onverwacht argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>expects %1.</source>
        <translation>verwacht %1.</translation>
    </message>
    <message>
        <source>missing --%1 %2.</source>
        <translation>--%1 %2 ontbreekt.</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Node</name>
    <message>
        <source>--rows must be between 1 and 100000000.</source>
        <translation>--rows moet tussen 1 en 100000000 liggen.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --out.</source>
        <translation>Kan %1 niet schrijven (%2). Controleer --out.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --out and the free disk space.</source>
        <translation>Kan %1 niet schrijven (%2). Controleer --out en de vrije schijfruimte.</translation>
    </message>
    <message>
        <source>Synthetic record id</source>
        <translation>Synthetisch record-id</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Sex of the child</source>
        <translation>Geslacht van het kind</translation>
    </message>
    <message>
        <source>Gestational age at birth (weeks)</source>
        <translation>Zwangerschapsduur bij geboorte (weken)</translation>
    </message>
    <message>
        <source>Birth weight (g)</source>
        <translation>Geboortegewicht (g)</translation>
    </message>
    <message>
        <source>Apgar score at 5 minutes</source>
        <translation>Apgarscore na 5 minuten</translation>
    </message>
    <message>
        <source>Mother&apos;s age at birth (years)</source>
        <translation>Leeftijd van de moeder bij de geboorte (jaren)</translation>
    </message>
    <message>
        <source>Mother&apos;s education</source>
        <translation>Opleiding van de moeder</translation>
    </message>
    <message>
        <source>Household income quintile (1 = lowest)</source>
        <translation>Kwintiel huishoudinkomen (1 = laagste)</translation>
    </message>
    <message>
        <source>Single-parent household</source>
        <translation>Eenoudergezin</translation>
    </message>
    <message>
        <source>Smoking in pregnancy</source>
        <translation>Roken tijdens de zwangerschap</translation>
    </message>
    <message>
        <source>Parental stress score (0-40)</source>
        <translation>Stressscore ouders (0-40)</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migratieachtergrond</translation>
    </message>
    <message>
        <source>Neighbourhood SES score</source>
        <translation>SES-score van de buurt</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Woongemeente</translation>
    </message>
    <message>
        <source>Breastfeeding duration (months)</source>
        <translation>Duur borstvoeding (maanden)</translation>
    </message>
    <message>
        <source>Consent for research</source>
        <translation>Toestemming voor onderzoek</translation>
    </message>
    <message>
        <source>Consent for quality improvement</source>
        <translation>Toestemming voor kwaliteitsverbetering</translation>
    </message>
    <message>
        <source>Developmental delay at 2 years</source>
        <translation>Ontwikkelingsachterstand op 2 jaar</translation>
    </message>
    <message>
        <source>Youth-care referral by 4 years</source>
        <translation>Verwijzing naar jeugdhulp vóór 4 jaar</translation>
    </message>
    <message>
        <source>Overweight at 5 years</source>
        <translation>Overgewicht op 5 jaar</translation>
    </message>
    <message>
        <source>Synthetic early-childhood cohort (%1)</source>
        <translation>Synthetisch cohort jonge kinderen (%1)</translation>
    </message>
    <message>
        <source>A filter value is not a level of its variable in the catalogue. Use the levels the catalogue lists.</source>
        <translation>Een filterwaarde is geen niveau van haar variabele in de catalogus. Gebruik de niveaus die de catalogus noemt.</translation>
    </message>
    <message>
        <source>The design does not fit this dataset: %1</source>
        <translation>Het ontwerp past niet bij deze dataset: %1</translation>
    </message>
    <message>
        <source>Use GET for this path.</source>
        <translation>Gebruik GET voor dit pad.</translation>
    </message>
    <message>
        <source>This path does not take that method; use %1.</source>
        <translation>Dit pad accepteert die methode niet; gebruik %1.</translation>
    </message>
    <message>
        <source>The body must be JSON: send Content-Type: application/json.</source>
        <translation>De inhoud moet JSON zijn: stuur Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The body is larger than this node accepts (%1 bytes). Send a smaller request.</source>
        <translation>De inhoud is groter dan deze node accepteert (%1 bytes). Stuur een kleiner verzoek.</translation>
    </message>
    <message>
        <source>There is no such resource on this node. See docs/protocol.md for the paths of API version 1.</source>
        <translation>Deze bron bestaat niet op deze node. Zie docs/protocol.md voor de paden van API-versie 1.</translation>
    </message>
    <message>
        <source>The node could not record this request in its audit log, so it answers nothing. Tell the site administrator.</source>
        <translation>De node kon dit verzoek niet in haar auditlog vastleggen en geeft daarom geen antwoord. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>You have opened the most jobs this node allows per user and day (%1). Try again tomorrow (UTC) or ask the site administrator.</source>
        <translation>U hebt het maximale aantal jobs geopend dat deze node per gebruiker per dag toestaat (%1). Probeer het morgen (UTC) opnieuw of vraag het de beheerder van de site.</translation>
    </message>
    <message>
        <source>There is no such job for you on this node.</source>
        <translation>Er is op deze node geen job van u met dit id.</translation>
    </message>
    <message>
        <source>Evaluations need a binomial model.</source>
        <translation>Evaluaties hebben een binomiaal model nodig.</translation>
    </message>
    <message>
        <source>You have made the most requests of this kind this node allows per user and day (%1). Try again tomorrow (UTC).</source>
        <translation>U hebt het maximale aantal verzoeken van dit soort gedaan dat deze node per gebruiker per dag toestaat (%1). Probeer het morgen (UTC) opnieuw.</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>een veld tussen aanhalingstekens is niet afgesloten</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>er staat tekst na een afsluitend aanhalingsteken</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>het schema</translation>
    </message>
    <message>
        <source>%1: %2. Fix the schema file (see docs/node.md, &quot;Import schema&quot;).</source>
        <translation>%1: %2. Herstel het schemabestand (zie docs/node.md, &quot;Import schema&quot;).</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2)</source>
        <translation>geen geldige JSON op positie %1 (%2)</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>het hoogste niveau moet een object zijn</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>onbekende sleutel &apos;%1&apos; (bekend: %2)</translation>
    </message>
    <message>
        <source>&apos;missing&apos; must be a list of strings</source>
        <translation>&apos;missing&apos; moet een lijst van strings zijn</translation>
    </message>
    <message>
        <source>&apos;strict&apos; must be true or false</source>
        <translation>&apos;strict&apos; moet true of false zijn</translation>
    </message>
    <message>
        <source>&apos;columns&apos; must be an object mapping column names to descriptions</source>
        <translation>&apos;columns&apos; moet een object zijn dat kolomnamen aan beschrijvingen koppelt</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; must be described by an object</source>
        <translation>kolom &apos;%1&apos; moet door een object worden beschreven</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: unknown key &apos;%2&apos; (known: %3)</source>
        <translation>kolom &apos;%1&apos;: onbekende sleutel &apos;%2&apos; (bekend: %3)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;type&apos; must be numeric, categorical, binary, consent, id or skip</source>
        <translation>kolom &apos;%1&apos;: &apos;type&apos; moet numeric, categorical, binary, consent, id of skip zijn</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: a consent column needs a &apos;purpose&apos; of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>kolom &apos;%1&apos;: een toestemmingskolom heeft een &apos;purpose&apos; nodig van kleine letters, cijfers, &apos;_&apos; of &apos;-&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: only consent columns have a &apos;purpose&apos;</source>
        <translation>kolom &apos;%1&apos;: alleen toestemmingskolommen hebben een &apos;purpose&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: only categorical columns have &apos;levels&apos;</source>
        <translation>kolom &apos;%1&apos;: alleen categorische kolommen hebben &apos;levels&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;levels&apos; is empty</source>
        <translation>kolom &apos;%1&apos;: &apos;levels&apos; is leeg</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;%2&apos; must be a number on a numeric column</source>
        <translation>kolom &apos;%1&apos;: &apos;%2&apos; moet bij een numerieke kolom een getal zijn</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;min&apos; is larger than &apos;max&apos;</source>
        <translation>kolom &apos;%1&apos;: &apos;min&apos; is groter dan &apos;max&apos;</translation>
    </message>
    <message>
        <source>only one column can be the record id</source>
        <translation>slechts één kolom kan het record-id zijn</translation>
    </message>
    <message>
        <source>Cannot read the schema file %1 (%2). Check --schema.</source>
        <translation>Kan het schemabestand %1 niet lezen (%2). Controleer --schema.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid dataset name. Use up to 64 letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; is geen geldige datasetnaam. Gebruik maximaal 64 letters, cijfers, &apos;_&apos; of &apos;-&apos;, beginnend met een letter.</translation>
    </message>
    <message>
        <source>The CSV file has problems; nothing was imported. Fix them and import again:</source>
        <translation>Het CSV-bestand bevat fouten; er is niets geïmporteerd. Herstel ze en importeer opnieuw:</translation>
    </message>
    <message>
        <source>(stopped after %1 problems)</source>
        <translation>(gestopt na %1 fouten)</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line and data rows</source>
        <translation>het bestand is leeg; het heeft een kopregel en gegevensrijen nodig</translation>
    </message>
    <message>
        <source>%1 is not a valid column name (letters, digits, &apos;_&apos; and &apos;.&apos;, starting with a letter or &apos;_&apos;)</source>
        <translation>%1 is geen geldige kolomnaam (letters, cijfers, &apos;_&apos; en &apos;.&apos;, beginnend met een letter of &apos;_&apos;)</translation>
    </message>
    <message>
        <source>the column name appears twice in the header</source>
        <translation>de kolomnaam komt twee keer voor in de kopregel</translation>
    </message>
    <message>
        <source>the schema is strict and does not describe this column; add it (use &quot;type&quot;: &quot;skip&quot; to leave it out)</source>
        <translation>het schema is strikt en beschrijft deze kolom niet; voeg haar toe (gebruik &quot;type&quot;: &quot;skip&quot; om haar weg te laten)</translation>
    </message>
    <message>
        <source>a consent column is named consent_&lt;purpose&gt; with a purpose of lower-case letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>een toestemmingskolom heet consent_&lt;purpose&gt;, met een doel van kleine letters, cijfers, &apos;_&apos; of &apos;-&apos;</translation>
    </message>
    <message>
        <source>the schema describes this column but the CSV has no such column</source>
        <translation>het schema beschrijft deze kolom, maar de CSV heeft zo&apos;n kolom niet</translation>
    </message>
    <message>
        <source>%1 is not a number, but the column holds numbers; correct the value or mark it missing (empty or NA)</source>
        <translation>%1 is geen getal, maar de kolom bevat getallen; corrigeer de waarde of markeer haar als ontbrekend (leeg of NA)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>de rij heeft %1 velden, maar de kopregel heeft er %2</translation>
    </message>
    <message>
        <source>the record id is missing</source>
        <translation>het record-id ontbreekt</translation>
    </message>
    <message>
        <source>%1 is not 0 or 1 (or yes/no, true/false)</source>
        <translation>%1 is geen 0 of 1 (of yes/no, true/false)</translation>
    </message>
    <message>
        <source>more than %1 different text values: this looks like free text or an identifier; declare the column in a schema as categorical, id or skip</source>
        <translation>meer dan %1 verschillende tekstwaarden: dit lijkt vrije tekst of een identificatiecode; declareer de kolom in een schema als categorical, id of skip</translation>
    </message>
    <message>
        <source>%1 is outside the valid range %2 to %3 of the schema</source>
        <translation>%1 valt buiten het geldige bereik %2 tot %3 van het schema</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is geen getal</translation>
    </message>
    <message>
        <source>%1 is not one of the levels %2 of the schema</source>
        <translation>%1 is geen van de niveaus %2 van het schema</translation>
    </message>
    <message>
        <source>there are no data rows after the header</source>
        <translation>er zijn geen gegevensrijen na de kopregel</translation>
    </message>
    <message>
        <source>every value is missing; remove the column or mark it &quot;skip&quot; in a schema</source>
        <translation>elke waarde ontbreekt; verwijder de kolom of markeer haar als &quot;skip&quot; in een schema</translation>
    </message>
    <message>
        <source>the record id repeats the id on line %1; ids must be unique</source>
        <translation>het record-id herhaalt het id op regel %1; id&apos;s moeten uniek zijn</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; could not be stored: %2</source>
        <translation>Kolom &apos;%1&apos; kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Two columns grant consent for the purpose &apos;%1&apos;; keep one.</source>
        <translation>Twee kolommen geven toestemming voor het doel &apos;%1&apos;; behoud er één.</translation>
    </message>
    <message>
        <source>Cannot read the CSV file %1 (%2). Check --csv.</source>
        <translation>Kan het CSV-bestand %1 niet lezen (%2). Controleer --csv.</translation>
    </message>
    <message>
        <source>OpenSSL failed while %1. Check the OpenSSL installation.</source>
        <translation>OpenSSL faalde bij %1. Controleer de OpenSSL-installatie.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check the data dir.</source>
        <translation>Kan %1 niet schrijven (%2). Controleer de datamap.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Run &apos;fairstart-node init&apos; or restore the data dir.</source>
        <translation>Kan %1 niet lezen (%2). Voer &apos;fairstart-node init&apos; uit of herstel de datamap.</translation>
    </message>
    <message>
        <source>The TLS certificate is not a PEM certificate. Restore tls/node.crt from a backup.</source>
        <translation>Het TLS-certificaat is geen PEM-certificaat. Zet tls/node.crt terug uit een back-up.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium kon niet worden geïnitialiseerd.</translation>
    </message>
    <message>
        <source>%1 already holds a TLS key. Use a new data dir.</source>
        <translation>%1 bevat al een TLS-sleutel. Gebruik een nieuwe datamap.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check the data dir.</source>
        <translation>Kan %1 niet aanmaken. Controleer de datamap.</translation>
    </message>
    <message>
        <source>There is no TLS key %1. Run &apos;fairstart-node init&apos; or restore the data dir.</source>
        <translation>Er is geen TLS-sleutel %1. Voer &apos;fairstart-node init&apos; uit of herstel de datamap.</translation>
    </message>
    <message>
        <source>The node&apos;s signing keys in the store are damaged. Restore a backup.</source>
        <translation>De ondertekeningssleutels van de node in de gegevensopslag zijn beschadigd. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>Run &apos;fairstart-node %1 --help&apos; for its usage.</source>
        <translation>Voer &apos;fairstart-node %1 --help&apos; uit voor het gebruik.</translation>
    </message>
    <message>
        <source>the node&apos;s data dir (created by init)</source>
        <translation>de datamap van de node (aangemaakt door init)</translation>
    </message>
    <message>
        <source>read the store passphrase from FILE (default: the environment variable FAIRSTART_NODE_PASSPHRASE)</source>
        <translation>lees de wachtwoordzin van de gegevensopslag uit FILE (standaard: de omgevingsvariabele FAIRSTART_NODE_PASSPHRASE)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 characters.</source>
        <translation>--name moet 1 tot 64 tekens lang zijn.</translation>
    </message>
    <message>
        <source>%1 already holds a node. Use another --data-dir, or remove the old one if you really mean to start again.</source>
        <translation>%1 bevat al een node. Gebruik een andere --data-dir, of verwijder de oude als u echt opnieuw wilt beginnen.</translation>
    </message>
    <message>
        <source>Initialised the Fairstart node &apos;%1&apos; in %2:</source>
        <translation>De Fairstart-node &apos;%1&apos; is geïnitialiseerd in %2:</translation>
    </message>
    <message>
        <source>  site store   %1 (encrypted)</source>
        <translation>  gegevensopslag  %1 (versleuteld)</translation>
    </message>
    <message>
        <source>  policy       %1 (the defaults of the privacy rules)</source>
        <translation>  beleid          %1 (de standaardwaarden van de privacyregels)</translation>
    </message>
    <message>
        <source>  certificate  %1</source>
        <translation>  certificaat     %1</translation>
    </message>
    <message>
        <source>Certificate pin (give it to the analysts with the node&apos;s address):</source>
        <translation>Certificaatpin (geef deze samen met het adres van de node aan de analisten):</translation>
    </message>
    <message>
        <source>column</source>
        <translation>kolom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbr.</translation>
    </message>
    <message>
        <source>label / levels</source>
        <translation>label / niveaus</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabele</translation>
    </message>
    <message>
        <source>consent: %1</source>
        <translation>toestemming: %1</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>record-id</translation>
    </message>
    <message>
        <source>… (%1 levels)</source>
        <translation>… (%1 niveaus)</translation>
    </message>
    <message>
        <source>Imported &apos;%1&apos;: %2 rows, %3 columns in %4 s (generation %5%6).</source>
        <translation>&apos;%1&apos; geïmporteerd: %2 rijen, %3 kolommen in %4 s (generatie %5%6).</translation>
    </message>
    <message>
        <source>; replaced the earlier import</source>
        <translation>; de eerdere import is vervangen</translation>
    </message>
    <message>
        <source>note: the dataset has no consent_&lt;purpose&gt; column; with the default policy no record of it can be used until one is added.</source>
        <translation>let op: de dataset heeft geen kolom consent_&lt;purpose&gt;; met het standaardbeleid kan geen enkel record ervan worden gebruikt totdat er een is toegevoegd.</translation>
    </message>
    <message>
        <source>No datasets. Add one with &apos;fairstart-node import&apos;.</source>
        <translation>Geen datasets. Voeg er een toe met &apos;fairstart-node import&apos;.</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>dataset</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolommen</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>generatie</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>consent purposes</source>
        <translation>toestemmingsdoelen</translation>
    </message>
    <message>
        <source>Dataset &apos;%1&apos;%2: %3 rows, generation %4, imported %5, source SHA-256 %6</source>
        <translation>Dataset &apos;%1&apos;%2: %3 rijen, generatie %4, geïmporteerd %5, SHA-256 van de bron %6</translation>
    </message>
    <message>
        <source>No tokens. Create one with &apos;fairstart-node token create&apos;.</source>
        <translation>Geen tokens. Maak er een aan met &apos;fairstart-node token create&apos;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>user</source>
        <translation>gebruiker</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>doelen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>verloopt</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>Token %1 was already revoked.</source>
        <translation>Token %1 was al ingetrokken.</translation>
    </message>
    <message>
        <source>Revoked token %1; a running server refuses it from its next request.</source>
        <translation>Token %1 is ingetrokken; een draaiende server weigert het vanaf het volgende verzoek.</translation>
    </message>
    <message>
        <source>(default %1; WEAKER than the privacy rules)</source>
        <translation>(standaard %1; ZWAKKER dan de privacyregels)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(standaard %1)</translation>
    </message>
    <message>
        <source>%1 = %2 (restart &apos;serve&apos; to apply it).</source>
        <translation>%1 = %2 (herstart &apos;serve&apos; om dit toe te passen).</translation>
    </message>
    <message>
        <source>There is no certificate %1. Run &apos;fairstart-node init&apos; first, or check --data-dir.</source>
        <translation>Er is geen certificaat %1. Voer eerst &apos;fairstart-node init&apos; uit, of controleer --data-dir.</translation>
    </message>
    <message>
        <source>There is no site store in %1. Run &apos;fairstart-node init --data-dir %1 --name NAME&apos; first, or check --data-dir.</source>
        <translation>Er is geen gegevensopslag van de site in %1. Voer eerst &apos;fairstart-node init --data-dir %1 --name NAME&apos; uit, of controleer --data-dir.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. The log was altered outside fairstart-node; keep a copy of the data dir for investigation and restore a backup.</source>
        <translation>De auditketen is verbroken bij regel %1: %2. Het auditlog is buiten fairstart-node om gewijzigd; bewaar een kopie van de datamap voor onderzoek en zet een back-up terug.</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries verified.</source>
        <translation>De auditketen is intact: %1 regels gecontroleerd.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --schema-out.</source>
        <translation>Kan %1 niet schrijven (%2). Controleer --schema-out.</translation>
    </message>
    <message>
        <source>Wrote %1 synthetic children (%2, seed %3) to %4.</source>
        <translation>%1 synthetische kinderen (%2, seed %3) naar %4 geschreven.</translation>
    </message>
    <message>
        <source>create a node: encrypted store, TLS key and certificate, signing keys, policy file; prints the certificate pin</source>
        <translation>maak een node aan: versleutelde gegevensopslag, TLS-sleutel en -certificaat, ondertekeningssleutels, beleidsbestand; toont de certificaatpin</translation>
    </message>
    <message>
        <source>the node&apos;s name, shown to analysts</source>
        <translation>de naam van de node, zichtbaar voor analisten</translation>
    </message>
    <message>
        <source>a name or address of the node for its certificate (repeatable; default localhost, 127.0.0.1, ::1)</source>
        <translation>een naam of adres van de node voor het certificaat (herhaalbaar; standaard localhost, 127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>import a CSV file as a dataset (all or nothing; replaces an earlier import of the same name)</source>
        <translation>importeer een CSV-bestand als dataset (alles of niets; vervangt een eerdere import met dezelfde naam)</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>de naam van de dataset</translation>
    </message>
    <message>
        <source>the CSV file (comma or semicolon separated, header line)</source>
        <translation>het CSV-bestand (gescheiden door komma&apos;s of puntkomma&apos;s, met kopregel)</translation>
    </message>
    <message>
        <source>a JSON schema with column types, labels, consent columns (see docs/node.md)</source>
        <translation>een JSON-schema met kolomtypen, labels en toestemmingskolommen (zie docs/node.md)</translation>
    </message>
    <message>
        <source>Column kinds are inferred unless the schema gives them: &apos;record_id&apos; is the record id, &apos;consent_&lt;purpose&gt;&apos; a consent flag, numbers are numeric (binary when all are 0 or 1), text is categorical. Empty cells and NA are missing.</source>
        <translation>Kolomsoorten worden afgeleid, tenzij het schema ze opgeeft: &apos;record_id&apos; is het record-id, &apos;consent_&lt;purpose&gt;&apos; een toestemmingsvlag, getallen zijn numeriek (binair als ze allemaal 0 of 1 zijn), tekst is categorisch. Lege cellen en NA gelden als ontbrekend.</translation>
    </message>
    <message>
        <source>list the datasets</source>
        <translation>toon de datasets</translation>
    </message>
    <message>
        <source>show a dataset&apos;s columns</source>
        <translation>toon de kolommen van een dataset</translation>
    </message>
    <message>
        <source>create an access token; prints only the token</source>
        <translation>maak een toegangstoken aan; toont alleen het token</translation>
    </message>
    <message>
        <source>who the token is for</source>
        <translation>voor wie het token is</translation>
    </message>
    <message>
        <source>the purposes it may be used for, e.g. research</source>
        <translation>de doelen waarvoor het mag worden gebruikt, bijv. research</translation>
    </message>
    <message>
        <source>days until it expires (default 90, 0 = never)</source>
        <translation>dagen tot het verloopt (standaard 90, 0 = nooit)</translation>
    </message>
    <message>
        <source>list tokens (never their secrets)</source>
        <translation>toon de tokens (nooit hun geheimen)</translation>
    </message>
    <message>
        <source>revoke a token</source>
        <translation>trek een token in</translation>
    </message>
    <message>
        <source>the token&apos;s id from &apos;token list&apos;</source>
        <translation>het id van het token uit &apos;token list&apos;</translation>
    </message>
    <message>
        <source>show the disclosure policy and service limits</source>
        <translation>toon het onthullingsbeleid en de servicelimieten</translation>
    </message>
    <message>
        <source>change one policy value (audited; weaker than the default warns)</source>
        <translation>wijzig één beleidswaarde (vastgelegd in het auditlog; waarschuwt bij een zwakkere waarde dan de standaard)</translation>
    </message>
    <message>
        <source>print the TLS certificate&apos;s public-key pin</source>
        <translation>toon de pin van de publieke sleutel van het TLS-certificaat</translation>
    </message>
    <message>
        <source>run the HTTPS API until SIGTERM or SIGINT</source>
        <translation>draai de HTTPS-API tot SIGTERM of SIGINT</translation>
    </message>
    <message>
        <source>address to listen on (default 127.0.0.1:8443)</source>
        <translation>adres om op te luisteren (standaard 127.0.0.1:8443)</translation>
    </message>
    <message>
        <source>plain HTTP without TLS, for development on loopback only</source>
        <translation>HTTP zonder TLS (onversleuteld), alleen voor ontwikkeling op loopback</translation>
    </message>
    <message>
        <source>recompute the audit hash chain</source>
        <translation>bereken de hashketen van het auditlog opnieuw</translation>
    </message>
    <message>
        <source>print audit entries (default: the last 50)</source>
        <translation>toon regels van het auditlog (standaard: de laatste 50)</translation>
    </message>
    <message>
        <source>first sequence number to show</source>
        <translation>eerste volgnummer om te tonen</translation>
    </message>
    <message>
        <source>how many entries (default 50)</source>
        <translation>hoeveel regels (standaard 50)</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>één JSON-object per regel</translation>
    </message>
    <message>
        <source>write a synthetic early-childhood cohort as CSV</source>
        <translation>schrijf een synthetisch cohort jonge kinderen als CSV</translation>
    </message>
    <message>
        <source>the site type: youth-health-service, hospital or municipality</source>
        <translation>het type site: youth-health-service, hospital of municipality</translation>
    </message>
    <message>
        <source>number of children</source>
        <translation>aantal kinderen</translation>
    </message>
    <message>
        <source>random seed (default 1); a seed always gives one file</source>
        <translation>seed voor de toevalsgenerator (standaard 1); dezelfde seed geeft altijd hetzelfde bestand</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>het CSV-bestand om te schrijven</translation>
    </message>
    <message>
        <source>also write an import schema with labels</source>
        <translation>schrijf ook een importschema met labels</translation>
    </message>
    <message>
        <source>The true model behind the outcomes is documented in docs/node.md.</source>
        <translation>Het ware model achter de uitkomsten is beschreven in docs/node.md.</translation>
    </message>
    <message>
        <source>Usage: fairstart-node COMMAND [OPTIONS]</source>
        <translation>Gebruik: fairstart-node OPDRACHT [OPTIES]</translation>
    </message>
    <message>
        <source>The Fairstart data-site node: keeps records encrypted and answers analysts only with aggregates that pass its disclosure checks.</source>
        <translation>De Fairstart-node van een datasite: bewaart records versleuteld en antwoordt analisten alleen met aggregaten die door haar onthullingscontroles komen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>The store passphrase comes from FAIRSTART_NODE_PASSPHRASE or --passphrase-file FILE, never from the command line.</source>
        <translation>De wachtwoordzin van de gegevensopslag komt uit FAIRSTART_NODE_PASSPHRASE of --passphrase-file FILE, nooit van de opdrachtregel.</translation>
    </message>
    <message>
        <source>Run &apos;fairstart-node COMMAND --help&apos; for a command&apos;s options; see docs/node.md for the administration guide.</source>
        <translation>Voer &apos;fairstart-node OPDRACHT --help&apos; uit voor de opties van een opdracht; zie docs/node.md voor de beheerdershandleiding.</translation>
    </message>
    <message>
        <source>Usage: fairstart-node %1</source>
        <translation>Gebruik: fairstart-node %1</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1 (%2). Check --passphrase-file.</source>
        <translation>Kan het wachtwoordzinbestand %1 niet lezen (%2). Controleer --passphrase-file.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty. Put the passphrase on its first line.</source>
        <translation>Het wachtwoordzinbestand %1 is leeg. Zet de wachtwoordzin op de eerste regel.</translation>
    </message>
    <message>
        <source>No passphrase for the site store. Set the environment variable FAIRSTART_NODE_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>Geen wachtwoordzin voor de gegevensopslag van de site. Stel de omgevingsvariabele FAIRSTART_NODE_PASSPHRASE in of gebruik --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocol %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; heeft een subopdracht nodig: %2.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;; use one of: %3.</source>
        <translation>onbekende opdracht &apos;%1 %2&apos;; gebruik een van: %3.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;fairstart-node --help&apos; for the list.</source>
        <translation>onbekende opdracht &apos;%1&apos;. Voer &apos;fairstart-node --help&apos; uit voor de lijst.</translation>
    </message>
    <message>
        <source>Minimum number of records in a cohort after consent, filters and missing values.</source>
        <translation>Minimaal aantal records in een cohort na toestemming, filters en ontbrekende waarden.</translation>
    </message>
    <message>
        <source>Minimum count of every released cell: each level of a factor, each outcome class, joint cells of binary design columns, histogram bins.</source>
        <translation>Minimaal aantal in elke vrijgegeven cel: elk niveau van een factor, elke uitkomstklasse, gezamenlijke cellen van binaire ontwerpkolommen, histogramklassen.</translation>
    </message>
    <message>
        <source>Minimum size of a filtered cohort and of its complement (differencing).</source>
        <translation>Minimale omvang van een gefilterd cohort en van het complement ervan (tegen onthulling via verschillen).</translation>
    </message>
    <message>
        <source>Events (rarer outcome class) needed per model parameter.</source>
        <translation>Benodigd aantal events (zeldzaamste uitkomstklasse) per modelparameter.</translation>
    </message>
    <message>
        <source>Minimum residual degrees of freedom (records minus parameters).</source>
        <translation>Minimaal aantal residuele vrijheidsgraden (records min parameters).</translation>
    </message>
    <message>
        <source>Maximum Newton rounds per job (a client cannot probe with endless chosen coefficients).</source>
        <translation>Maximaal aantal Newton-rondes per job (zodat een client niet eindeloos met zelfgekozen coëfficiënten kan aftasten).</translation>
    </message>
    <message>
        <source>A released sum is withheld when its top records make up more than this share of it.</source>
        <translation>Een vrijgegeven som wordt achtergehouden als de grootste records er meer dan dit aandeel van uitmaken.</translation>
    </message>
    <message>
        <source>How many top records the dominance rule adds up.</source>
        <translation>Hoeveel van de grootste records de dominantieregel optelt.</translation>
    </message>
    <message>
        <source>Maximum jobs a user may open per UTC day.</source>
        <translation>Maximaal aantal jobs dat een gebruiker per UTC-dag mag openen.</translation>
    </message>
    <message>
        <source>1: a purpose for which a dataset has no consent_&lt;purpose&gt; column may use no record of it. 0: every record may be used for such a purpose.</source>
        <translation>1: voor een doel waarvoor een dataset geen kolom consent_&lt;purpose&gt; heeft, mag geen enkel record ervan worden gebruikt. 0: elk record mag voor zo&apos;n doel worden gebruikt.</translation>
    </message>
    <message>
        <source>Largest request body the server accepts, in bytes.</source>
        <translation>Grootste inhoud van een verzoek die de server accepteert, in bytes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>%1 = %2 passes the hard limit %3, which no policy may pass</source>
        <translation>%1 = %2 overschrijdt de harde grens %3, die geen enkel beleid mag overschrijden</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 moet tussen %2 en %3 liggen</translation>
    </message>
    <message>
        <source>There is no policy file %1. Run &apos;fairstart-node init&apos; or restore the file.</source>
        <translation>Er is geen beleidsbestand %1. Voer &apos;fairstart-node init&apos; uit of zet het bestand terug.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check its permissions.</source>
        <translation>Kan %1 niet lezen (%2). Controleer de rechten.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check the permissions of the data dir.</source>
        <translation>Kan %1 niet schrijven (%2). Controleer de rechten van de datamap.</translation>
    </message>
    <message>
        <source>There is no policy key &apos;%1&apos;. &apos;fairstart-node policy show&apos; lists them.</source>
        <translation>Er is geen beleidssleutel &apos;%1&apos;. &apos;fairstart-node policy show&apos; toont ze.</translation>
    </message>
    <message>
        <source>%1 line %2: %3. Fix the line or run &apos;fairstart-node policy set&apos;.</source>
        <translation>%1 regel %2: %3. Herstel de regel of gebruik &apos;fairstart-node policy set&apos;.</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;</source>
        <translation>&apos;key = value&apos; verwacht</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>onbekende sleutel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>&apos;%1&apos; is twee keer ingesteld</translation>
    </message>
    <message>
        <source># Fairstart node policy. One &apos;key = value&apos; per line; &apos;#&apos; starts a comment.
# The defaults are those of docs/privacy-rules.md. A privacy threshold set weaker than its
# default prints a warning and is written to the audit log; counts can never go below 3.
# Change values with &apos;fairstart-node policy set KEY VALUE&apos; (audited) and restart &apos;serve&apos;.
</source>
        <translation># Beleid van de Fairstart-node. Eén &apos;key = value&apos; per regel; &apos;#&apos; begint een commentaar.
# De standaardwaarden zijn die van docs/privacy-rules.md. Een privacydrempel die zwakker is ingesteld
# dan de standaard geeft een waarschuwing en wordt in het auditlog vastgelegd; aantallen kunnen nooit onder 3 komen.
# Wijzig waarden met &apos;fairstart-node policy set KEY VALUE&apos; (vastgelegd in het auditlog) en herstart &apos;serve&apos;.
</translation>
    </message>
    <message>
        <source># default %1, allowed %2 to %3 (%4 is stricter)
</source>
        <translation># standaard %1, toegestaan %2 tot %3 (%4 is strenger)
</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>hoger</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lager</translation>
    </message>
    <message>
        <source># default %1, allowed %2 to %3
</source>
        <translation># standaard %1, toegestaan %2 tot %3
</translation>
    </message>
    <message>
        <source>warning: %1 = %2 is weaker than the default %3 of the privacy rules; the change is recorded in the audit log.</source>
        <translation>waarschuwing: %1 = %2 is zwakker dan de standaardwaarde %3 van de privacyregels; de wijziging is vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <source>warning: %1 = %2 is weaker than the default %3 of the privacy rules.</source>
        <translation>waarschuwing: %1 = %2 is zwakker dan de standaardwaarde %3 van de privacyregels.</translation>
    </message>
    <message>
        <source>The request is larger than this node accepts. Send a smaller body.</source>
        <translation>Het verzoek is groter dan deze node accepteert. Stuur een kleinere inhoud.</translation>
    </message>
    <message>
        <source>The request path is too long. Check the URL.</source>
        <translation>Het pad van het verzoek is te lang. Controleer de URL.</translation>
    </message>
    <message>
        <source>The node failed to answer this request. Try again; if it keeps failing, tell the site administrator.</source>
        <translation>De node kon dit verzoek niet beantwoorden. Probeer het opnieuw; blijft het mislukken, waarschuw dan de beheerder van de site.</translation>
    </message>
    <message>
        <source>The node could not read this request. Check that it is well-formed HTTP/1.1 with a JSON body.</source>
        <translation>De node kon dit verzoek niet lezen. Controleer of het geldig HTTP/1.1 is met JSON als inhoud.</translation>
    </message>
    <message>
        <source>The TLS certificate or key in %1 cannot be read. Check the files&apos; permissions, or run &apos;fairstart-node init&apos; for a new data dir.</source>
        <translation>Het TLS-certificaat of de sleutel in %1 kan niet worden gelezen. Controleer de rechten van de bestanden, of voer &apos;fairstart-node init&apos; uit voor een nieuwe datamap.</translation>
    </message>
    <message>
        <source>No TLS certificate and key: the node serves HTTPS only (plain HTTP needs --insecure-dev, for development).</source>
        <translation>Geen TLS-certificaat en -sleutel: de node werkt alleen via HTTPS (HTTP zonder TLS vereist --insecure-dev, voor ontwikkeling).</translation>
    </message>
    <message>
        <source>The TLS certificate and key could not be used (not PEM, or not a pair). Check the files in the data dir&apos;s tls folder.</source>
        <translation>Het TLS-certificaat en de sleutel konden niet worden gebruikt (geen PEM, of geen paar). Controleer de bestanden in de map tls van de datamap.</translation>
    </message>
    <message>
        <source>Chunked request bodies are not accepted. Send the body with a Content-Length.</source>
        <translation>Verzoeken met een inhoud in chunks worden niet geaccepteerd. Stuur de inhoud met een Content-Length.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2. Check that the address is local and the port free.</source>
        <translation>Kan niet luisteren op %1:%2. Controleer of het adres lokaal is en de poort vrij.</translation>
    </message>
    <message>
        <source>The server did not start.</source>
        <translation>De server is niet gestart.</translation>
    </message>
    <message>
        <source>The site store failed while %1 (%2). Check that the disk is not full and the data dir is writable; if it persists, restore a backup.</source>
        <translation>De gegevensopslag van de site faalde bij %1 (%2). Controleer of de schijf niet vol is en de datamap beschrijfbaar; blijft het probleem bestaan, zet dan een back-up terug.</translation>
    </message>
    <message>
        <source>The site store was written by a newer fairstart-node (schema %1). Install that version or newer.</source>
        <translation>De gegevensopslag van de site is geschreven door een nieuwere fairstart-node (schema %1). Installeer die versie of een nieuwere.</translation>
    </message>
    <message>
        <source>The site store has an unknown schema version (%1). Restore a backup or create a new data dir.</source>
        <translation>De gegevensopslag van de site heeft een onbekende schemaversie (%1). Zet een back-up terug of maak een nieuwe datamap aan.</translation>
    </message>
    <message>
        <source>The site store holds no key &apos;%1&apos;. Run &apos;fairstart-node init&apos; on a new data dir.</source>
        <translation>De gegevensopslag van de site bevat geen sleutel &apos;%1&apos;. Voer &apos;fairstart-node init&apos; uit op een nieuwe datamap.</translation>
    </message>
    <message>
        <source>The dataset&apos;s record ids, rows and columns do not agree.</source>
        <translation>De record-id&apos;s, rijen en kolommen van de dataset komen niet overeen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name. Use 1 to 64 letters, digits or . _ @ -.</source>
        <translation>&apos;%1&apos; is geen geldige gebruikersnaam. Gebruik 1 tot 64 letters, cijfers of . _ @ -.</translation>
    </message>
    <message>
        <source>A token needs at least one purpose, e.g. --purpose research.</source>
        <translation>Een token heeft ten minste één doel nodig, bijv. --purpose research.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid purpose. Use 1 to 32 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; is geen geldig doel. Gebruik 1 tot 32 kleine letters, cijfers, &apos;_&apos; of &apos;-&apos;, beginnend met een letter.</translation>
    </message>
    <message>
        <source>A token may live at most 3650 days; give a smaller --expires-days.</source>
        <translation>Een token mag hoogstens 3650 dagen geldig zijn; geef een kleinere --expires-days op.</translation>
    </message>
    <message>
        <source>There is no token with id &apos;%1&apos;. &apos;fairstart-node token list&apos; shows the ids.</source>
        <translation>Er is geen token met id &apos;%1&apos;. &apos;fairstart-node token list&apos; toont de id&apos;s.</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>regel %1 ontbreekt (de volgende regel is %2)</translation>
    </message>
    <message>
        <source>entry %1 is out of order or changed (it carries sequence number %2)</source>
        <translation>regel %1 staat niet op zijn plaats of is gewijzigd (hij heeft volgnummer %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: an entry was removed, changed or reordered</source>
        <translation>regel %1 volgt niet op regel %2: er is een regel verwijderd, gewijzigd of verplaatst</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>regel %1 is gewijzigd nadat hij was geschreven</translation>
    </message>
    <message>
        <source>the log ends at entry %1 but %2 entries were written: the last entries were removed</source>
        <translation>het log eindigt bij regel %1, maar er zijn %2 regels geschreven: de laatste regels zijn verwijderd</translation>
    </message>
    <message>
        <source>the last entry (%1) does not match the recorded head of the chain</source>
        <translation>de laatste regel (%1) komt niet overeen met het vastgelegde eindpunt van de keten</translation>
    </message>
    <message>
        <source>There is no dataset &apos;%1&apos; in this node. &apos;fairstart-node import&apos; adds one.</source>
        <translation>Er is geen dataset &apos;%1&apos; in deze node. &apos;fairstart-node import&apos; voegt er een toe.</translation>
    </message>
    <message>
        <source>The stored dataset &apos;%1&apos; is damaged. Import it again.</source>
        <translation>De opgeslagen dataset &apos;%1&apos; is beschadigd. Importeer hem opnieuw.</translation>
    </message>
    <message>
        <source>The head of the audit chain is damaged. Run &apos;fairstart-node audit verify&apos; and restore a backup.</source>
        <translation>Het eindpunt van de auditketen is beschadigd. Voer &apos;fairstart-node audit verify&apos; uit en zet een back-up terug.</translation>
    </message>
    <message>
        <source>Cannot open the site store %1 (%2). Check the path and its permissions.</source>
        <translation>Kan de gegevensopslag van de site %1 niet openen (%2). Controleer het pad en de rechten.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>De wachtwoordzin is te kort: gebruik ten minste %1 tekens.</translation>
    </message>
    <message>
        <source>%1 already holds a site store. Use another --data-dir, or remove the old one if you really mean to start again.</source>
        <translation>%1 bevat al een gegevensopslag van een site. Gebruik een andere --data-dir, of verwijder de oude als u echt opnieuw wilt beginnen.</translation>
    </message>
    <message>
        <source>Cannot create the data dir %1. Check the path and permissions.</source>
        <translation>Kan de datamap %1 niet aanmaken. Controleer het pad en de rechten.</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE (default: the environment variable FAIRSTART_NODE_NEW_PASSPHRASE)</source>
        <translation>lees de nieuwe wachtwoordzin uit FILE (standaard: de omgevingsvariabele FAIRSTART_NODE_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>Cannot read the new passphrase file %1 (%2). Check --new-passphrase-file.</source>
        <translation>Kan het bestand met de nieuwe wachtwoordzin %1 niet lezen (%2). Controleer --new-passphrase-file.</translation>
    </message>
    <message>
        <source>The new passphrase file %1 is empty. Put the new passphrase on its first line.</source>
        <translation>Het bestand met de nieuwe wachtwoordzin %1 is leeg. Zet de nieuwe wachtwoordzin op de eerste regel.</translation>
    </message>
    <message>
        <source>No new passphrase. Set the environment variable FAIRSTART_NODE_NEW_PASSPHRASE or use --new-passphrase-file FILE.</source>
        <translation>Geen nieuwe wachtwoordzin. Stel de omgevingsvariabele FAIRSTART_NODE_NEW_PASSPHRASE in of gebruik --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Another fairstart-node (process %1) is using %2: &apos;serve&apos; or a passphrase change. Stop it first (for the service: systemctl stop fairstart-node) and try again.</source>
        <translation>Een andere fairstart-node (proces %1) gebruikt %2: &apos;serve&apos; of een wijziging van de wachtwoordzin. Stop die eerst (voor de service: systemctl stop fairstart-node) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1. Check that the data dir is writable by this user.</source>
        <translation>Kan het vergrendelingsbestand %1 niet aanmaken. Controleer of deze gebruiker in de datamap mag schrijven.</translation>
    </message>
    <message>
        <source>The passphrase change could not be written to the audit log (%1), so it was undone: the current passphrase still opens the store.</source>
        <translation>De wijziging van de wachtwoordzin kon niet in het auditlog worden geschreven (%1) en is daarom teruggedraaid: de huidige wachtwoordzin opent de opslag nog steeds.</translation>
    </message>
    <message>
        <source>The passphrase change could not be written to the audit log (%1), and undoing it failed (%2): the NEW passphrase opens the store now.</source>
        <translation>De wijziging van de wachtwoordzin kon niet in het auditlog worden geschreven (%1) en terugdraaien mislukte (%2): nu opent de NIEUWE wachtwoordzin de opslag.</translation>
    </message>
    <message>
        <source>Changed the passphrase of the site store in %1. Only the new passphrase opens it now: update FAIRSTART_NODE_PASSPHRASE or the passphrase file before the next &apos;serve&apos;. Backups made before now still need the old one.</source>
        <translation>De wachtwoordzin van de gegevensopslag van de site in %1 is gewijzigd. Alleen de nieuwe wachtwoordzin opent haar nu: pas FAIRSTART_NODE_PASSPHRASE of het wachtwoordzinbestand aan voor de volgende &apos;serve&apos;. Back-ups van vóór nu hebben nog de oude nodig.</translation>
    </message>
    <message>
        <source>change the passphrase of the site store (stop &apos;serve&apos; first)</source>
        <translation>wijzig de wachtwoordzin van de gegevensopslag van de site (stop eerst &apos;serve&apos;)</translation>
    </message>
    <message>
        <source>The whole store is re-encrypted under the new passphrase in one transaction; the change is audited. It needs at least 8 characters, like init. Refused while &apos;serve&apos; runs on the data dir.</source>
        <translation>De hele opslag wordt in één transactie opnieuw versleuteld met de nieuwe wachtwoordzin; de wijziging komt in het auditlog. Die heeft ten minste 8 tekens nodig, net als bij init. Geweigerd zolang &apos;serve&apos; op de datamap draait.</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least %1 characters.</source>
        <translation>De nieuwe wachtwoordzin is te kort: gebruik ten minste %1 tekens.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another one.</source>
        <translation>De nieuwe wachtwoordzin is gelijk aan de huidige. Kies een andere.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the current passphrase still opens the site store. Check that no other program uses the data dir and that the disk is not full, then try again.</source>
        <translation>De wachtwoordzin kon niet worden gewijzigd; de huidige wachtwoordzin opent de gegevensopslag van de site nog steeds. Controleer of geen ander programma de datamap gebruikt en of de schijf niet vol is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>After the passphrase change neither the current nor the new passphrase opens the site store in %1. Restore the data dir from a backup.</source>
        <translation>Na de wijziging van de wachtwoordzin opent noch de huidige noch de nieuwe wachtwoordzin de gegevensopslag van de site in %1. Zet de datamap terug uit een back-up.</translation>
    </message>
    <message>
        <source>Histogram edges must be at least two finite numbers in strictly increasing order.</source>
        <translation>Histogramgrenzen moeten ten minste twee eindige getallen in strikt oplopende volgorde zijn.</translation>
    </message>
    <message>
        <source>A two-way table needs two categorical or binary variables. Describe a numeric variable with a histogram instead.</source>
        <translation>Een kruistabel heeft twee categorische of binaire variabelen nodig. Beschrijf een numerieke variabele in plaats daarvan met een histogram.</translation>
    </message>
    <message>
        <source>The node withheld an answer that did not pass its release gate. Tell the site administrator.</source>
        <translation>De node heeft een antwoord achtergehouden dat niet door haar vrijgavecontrole kwam. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The design&apos;s levels of a variable lack a level the catalogue lists. Resolve the design again with this site&apos;s catalogue.</source>
        <translation>In het ontwerp ontbreekt bij een variabele een niveau dat de catalogus noemt. Werk het ontwerp opnieuw bij met de catalogus van deze site.</translation>
    </message>
    <message>
        <source>A categorical variable is filtered by its levels, not by numeric bounds. Use the levels the catalogue lists.</source>
        <translation>Een categorische variabele wordt gefilterd op haar niveaus, niet op numerieke grenzen. Gebruik de niveaus die de catalogus noemt.</translation>
    </message>
    <message>
        <source>A categorical variable can only be used as a factor (treatment coding). Use it as a factor.</source>
        <translation>Een categorische variabele kan alleen als factor worden gebruikt (dummycodering). Gebruik haar als factor.</translation>
    </message>
    <message>
        <source>log() is undefined at 0, a value of every 0/1 variable. Use the variable as is.</source>
        <translation>log() is niet gedefinieerd bij 0, een waarde van elke 0/1-variabele. Gebruik de variabele zoals ze is.</translation>
    </message>
    <message>
        <source>A numeric variable cannot be used as a factor at this node: its values are not in the catalogue. Use it as a number, or ask for a categorical version of it.</source>
        <translation>Een numerieke variabele kan bij deze node niet als factor worden gebruikt: haar waarden staan niet in de catalogus. Gebruik haar als getal, of vraag om een categorische versie ervan.</translation>
    </message>
    <message>
        <source>A binomial model needs a yes/no outcome: a binary catalogue variable, a categorical one with two levels, or a numeric one with a threshold (I(y &gt; value)).</source>
        <translation>Een binomiaal model heeft een ja/nee-uitkomst nodig: een binaire variabele uit de catalogus, een categorische met twee niveaus, of een numerieke met een drempel (I(y &gt; value)).</translation>
    </message>
    <message>
        <source>A categorical outcome of a binomial model must have exactly the two levels the catalogue lists, and no threshold.</source>
        <translation>Een categorische uitkomst van een binomiaal model moet precies de twee niveaus hebben die de catalogus noemt, en geen drempel.</translation>
    </message>
    <message>
        <source>A categorical outcome can only be modelled with the binomial family.</source>
        <translation>Een categorische uitkomst kan alleen met de binomiale familie worden gemodelleerd.</translation>
    </message>
    <message>
        <source>The offset must be a numeric variable.</source>
        <translation>De offset moet een numerieke variabele zijn.</translation>
    </message>
    <message>
        <source>The export could not be written. Check that the disk is not full and the output is writable.</source>
        <translation>De export kon niet worden geschreven. Controleer of de schijf niet vol is en of de uitvoer beschrijfbaar is.</translation>
    </message>
    <message>
        <source>The design lists a level its variable does not have in the catalogue. Resolve the design again from the catalogue&apos;s levels.</source>
        <translation>Het ontwerp noemt een niveau dat de variabele in de catalogus niet heeft. Werk het ontwerp opnieuw bij met de niveaus uit de catalogus.</translation>
    </message>
    <message>
        <source>The design lists a level twice. List each level of a factor once.</source>
        <translation>Het ontwerp noemt een niveau twee keer. Noem elk niveau van een factor één keer.</translation>
    </message>
    <message>
        <source>The request has more filters than this node allows (%1). Combine them: a filter takes a list of values or a range.</source>
        <translation>Het verzoek bevat meer filters dan deze node toestaat (%1). Voeg ze samen: een filter accepteert een lijst van waarden of een bereik.</translation>
    </message>
    <message>
        <source>The design has more parameters than this node allows (%1; factor levels and interactions each add columns). Use fewer levels, interactions or spline knots.</source>
        <translation>Het ontwerp heeft meer parameters dan deze node toestaat (%1; factorniveaus en interacties voegen elk kolommen toe). Gebruik minder niveaus, interacties of splineknopen.</translation>
    </message>
    <message>
        <source>The design matrix of this model on this dataset would need more memory than the node allows for one job (%1 MiB). Use fewer parameters, or filter the cohort and ask the site administrator about max_design_mb_per_job.</source>
        <translation>De ontwerpmatrix van dit model op deze dataset zou meer geheugen nodig hebben dan de node voor één job toestaat (%1 MiB). Gebruik minder parameters, of filter het cohort en vraag de beheerder van de site naar max_design_mb_per_job.</translation>
    </message>
    <message>
        <source>This job would need more memory than one user may hold on this node (%1 MiB). Use fewer parameters or a smaller cohort.</source>
        <translation>Deze job zou meer geheugen nodig hebben dan één gebruiker op deze node mag bezetten (%1 MiB). Gebruik minder parameters of een kleiner cohort.</translation>
    </message>
    <message>
        <source>You hold as many open jobs as this node allows one user (%1). Cancel jobs you no longer need (DELETE /v1/jobs/{id}) or try again in %2 seconds, when one of them expires.</source>
        <translation>U hebt zoveel open jobs als deze node één gebruiker toestaat (%1). Annuleer jobs die u niet meer nodig hebt (DELETE /v1/jobs/{id}) of probeer het over %2 seconden opnieuw, wanneer er een verloopt.</translation>
    </message>
    <message>
        <source>Your open jobs hold your share of this node&apos;s job memory (%1 MiB). Cancel jobs you no longer need (DELETE /v1/jobs/{id}) or try again in %2 seconds, when one of them expires.</source>
        <translation>Uw open jobs bezetten uw deel van het jobgeheugen van deze node (%1 MiB). Annuleer jobs die u niet meer nodig hebt (DELETE /v1/jobs/{id}) of probeer het over %2 seconden opnieuw, wanneer er een verloopt.</translation>
    </message>
    <message>
        <source>The node holds as many open jobs as it allows (%1). Try again in %2 seconds.</source>
        <translation>De node heeft zoveel open jobs als ze toestaat (%1). Probeer het over %2 seconden opnieuw.</translation>
    </message>
    <message>
        <source>The node&apos;s job memory (%1 MiB) is in use by open jobs. Try again in %2 seconds.</source>
        <translation>Het jobgeheugen van de node (%1 MiB) is in gebruik door open jobs. Probeer het over %2 seconden opnieuw.</translation>
    </message>
    <message>
        <source>A histogram has more edges than this node allows (%1). Use fewer, wider bins.</source>
        <translation>Een histogram heeft meer grenzen dan deze node toestaat (%1). Gebruik minder, bredere klassen.</translation>
    </message>
    <message>
        <source>The request names more variables (described or complete-case) and histograms than this node allows in one request (%1). Split it into several requests.</source>
        <translation>Het verzoek noemt meer variabelen (beschreven of complete-case) en histogrammen dan deze node in één verzoek toestaat (%1). Verdeel het over meerdere verzoeken.</translation>
    </message>
    <message>
        <source>The request asks for more two-way tables than this node allows in one request (%1). Split it into several requests.</source>
        <translation>Het verzoek vraagt om meer kruistabellen dan deze node in één verzoek toestaat (%1). Verdeel het over meerdere verzoeken.</translation>
    </message>
    <message>
        <source>You have made the most descriptives requests this node allows per user and day (%1). Try again after midnight UTC.</source>
        <translation>U hebt het maximale aantal verzoeken om beschrijvende statistieken gedaan dat deze node per gebruiker per dag toestaat (%1). Probeer het na middernacht UTC opnieuw.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a UTC date; use an ISO date such as 2026-12-02 or a UTC time such as 2026-12-02T14:30:00Z.</source>
        <translation>--%1 &apos;%2&apos; is geen UTC-datum; gebruik een ISO-datum zoals 2026-12-02 of een UTC-tijd zoals 2026-12-02T14:30:00Z.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; no entry can match.</source>
        <translation>--from %1 ligt na --to %2; geen enkele regel kan overeenkomen.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Check --output.</source>
        <translation>Kan %1 niet schrijven (%2). Controleer --output.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 audit entries.</source>
        <translation>%1 van %2 regels van het auditlog geëxporteerd.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Entries from %1 on cannot be trusted; the log was altered outside fairstart-node. Keep a copy of the data dir for investigation.</source>
        <translation>De auditketen is verbroken bij regel %1: %2. Regels vanaf %1 zijn niet betrouwbaar; het auditlog is buiten fairstart-node om gewijzigd. Bewaar een kopie van de datamap voor onderzoek.</translation>
    </message>
    <message>
        <source>export audit entries for the privacy officer (CSV or JSON lines)</source>
        <translation>exporteer regels van het auditlog voor de functionaris gegevensbescherming (CSV of JSON Lines)</translation>
    </message>
    <message>
        <source>csv (default: one entry per row, the main fields) or jsonl (the full entry, one per line)</source>
        <translation>csv (standaard: één auditregel per rij, met de belangrijkste velden) of jsonl (de volledige auditregel, één per tekstregel)</translation>
    </message>
    <message>
        <source>only entries of this user (repeatable)</source>
        <translation>alleen regels van deze gebruiker (herhaalbaar)</translation>
    </message>
    <message>
        <source>only entries from this UTC date (2026-12-02) or time (2026-12-02T14:30:00Z) on</source>
        <translation>alleen regels vanaf deze UTC-datum (2026-12-02) of -tijd (2026-12-02T14:30:00Z)</translation>
    </message>
    <message>
        <source>only entries up to this UTC date (its whole day) or time</source>
        <translation>alleen regels tot en met deze UTC-datum (de hele dag) of -tijd</translation>
    </message>
    <message>
        <source>only entries that checked rule R or were answered with code R (repeatable)</source>
        <translation>alleen auditregels waarbij regel R is gecontroleerd of die met code R zijn beantwoord (herhaalbaar)</translation>
    </message>
    <message>
        <source>write to FILE (readable by its owner only) instead of stdout</source>
        <translation>schrijf naar FILE (alleen leesbaar voor de eigenaar) in plaats van naar stdout</translation>
    </message>
    <message>
        <source>The filters combine: an entry is exported when it matches every option given (any of the values of a repeated one). The chain is verified first; a broken chain is reported and the command exits with 1 after the export.</source>
        <translation>De filters worden gecombineerd: een regel wordt geëxporteerd als hij aan elke opgegeven optie voldoet (bij een herhaalde optie aan een van de waarden). De keten wordt eerst gecontroleerd; een verbroken keten wordt gemeld en de opdracht eindigt na de export met 1.</translation>
    </message>
    <message>
        <source>A job without a new round for this long expires (a repeated round does not count).</source>
        <translation>Een job zonder nieuwe ronde gedurende deze tijd verloopt (een herhaalde ronde telt niet mee).</translation>
    </message>
    <message>
        <source>A job expires this long after it was opened, however active it is.</source>
        <translation>Een job verloopt na deze tijd vanaf het openen, hoe actief hij ook is.</translation>
    </message>
    <message>
        <source>Most design columns (parameters) of one model, interactions included.</source>
        <translation>Maximaal aantal ontwerpkolommen (parameters) van één model, interacties meegerekend.</translation>
    </message>
    <message>
        <source>Largest design matrix of one job or evaluation, in MiB (records x parameters x 8 bytes).</source>
        <translation>Grootste ontwerpmatrix van één job of evaluatie, in MiB (records x parameters x 8 bytes).</translation>
    </message>
    <message>
        <source>Memory of all open jobs&apos; design matrices together, in MiB.</source>
        <translation>Geheugen van de ontwerpmatrices van alle open jobs samen, in MiB.</translation>
    </message>
    <message>
        <source>Share of max_job_memory_mb one user&apos;s open jobs may hold, so no user can starve the others.</source>
        <translation>Aandeel van max_job_memory_mb dat de open jobs van één gebruiker mogen bezetten, zodat geen gebruiker de anderen kan verdringen.</translation>
    </message>
    <message>
        <source>Most open jobs on the node, all users together.</source>
        <translation>Maximaal aantal open jobs op de node, van alle gebruikers samen.</translation>
    </message>
    <message>
        <source>Most open jobs of one user.</source>
        <translation>Maximaal aantal open jobs van één gebruiker.</translation>
    </message>
    <message>
        <source>Most filters in one request (each is a pass over every record).</source>
        <translation>Maximaal aantal filters in één verzoek (elk filter loopt alle records door).</translation>
    </message>
    <message>
        <source>Most edges of one histogram in a descriptives request.</source>
        <translation>Maximaal aantal grenzen van één histogram in een verzoek om beschrijvende statistieken.</translation>
    </message>
    <message>
        <source>Most variables (described or complete-case) and histograms in one descriptives request (each histogram counts as one).</source>
        <translation>Maximaal aantal variabelen (beschreven of complete-case) en histogrammen in één verzoek om beschrijvende statistieken (elk histogram telt als één).</translation>
    </message>
    <message>
        <source>Most two-way tables in one descriptives request.</source>
        <translation>Maximaal aantal kruistabellen in één verzoek om beschrijvende statistieken.</translation>
    </message>
    <message>
        <source>Maximum descriptives requests a user may make per UTC day (refused requests count too).</source>
        <translation>Maximaal aantal verzoeken om beschrijvende statistieken dat een gebruiker per UTC-dag mag doen (geweigerde verzoeken tellen mee).</translation>
    </message>
    <message>
        <source>warning: %1 is no longer used and is ignored: differencing is checked across all releases, users and purposes with min_cell (docs/privacy-rules.md). Remove the line from policy.conf.</source>
        <translation>waarschuwing: %1 wordt niet meer gebruikt en genegeerd: onthulling via verschillen wordt met min_cell gecontroleerd over alle vrijgaven, gebruikers en doelen heen (docs/privacy-rules.md). Verwijder de regel uit policy.conf.</translation>
    </message>
    <message>
        <source>The differencing ledger of dataset &apos;%1&apos; cannot be read, so the node releases nothing from it. Restore a backup or import the dataset again (a new import starts a new ledger).</source>
        <translation>Het verschillenregister van dataset &apos;%1&apos; kan niet worden gelezen, dus de node geeft er niets uit vrij. Zet een back-up terug of importeer de dataset opnieuw (een nieuwe import begint een nieuw register).</translation>
    </message>
    <message>
        <source>The node could not record this request in its audit log. Tell the site administrator.</source>
        <translation>De node kon dit verzoek niet in haar auditlog vastleggen. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>entry %1 is beyond the recorded head of the chain (%2): it was added outside fairstart-node</source>
        <translation>regel %1 ligt voorbij het vastgelegde eindpunt van de keten (%2): ze is buiten fairstart-node om toegevoegd</translation>
    </message>
    <message>
        <source>There is no such resource on this node. See docs/protocol.md for the paths of the API (protocol version 2).</source>
        <translation>Deze bron bestaat niet op deze node. Zie docs/protocol.md voor de paden van de API (protocolversie 2).</translation>
    </message>
    <message>
        <source>The node could not read its record of studies. Tell the site administrator.</source>
        <translation>De node kon haar register van studies niet lezen. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>This node evaluates only the final β of a model study that you ran with it (as participant or observer), that converged here, for the same purpose. Send the study&apos;s job id at this node after the study converged.</source>
        <translation>Deze node evalueert alleen de definitieve β van een modelstudie die u met haar hebt uitgevoerd (als deelnemer of waarnemer), die hier convergeerde, voor hetzelfde doel. Stuur het job-id van de studie bij deze node nadat de studie is geconvergeerd.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the study is damaged. Tell the site administrator.</source>
        <translation>Het register van de node voor deze studie is beschadigd. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The fitted study was run on another dataset, purpose or design. A calibration study uses the fitted study&apos;s own dataset, purpose and design.</source>
        <translation>De geschatte studie is uitgevoerd op een andere dataset, met een ander doel of ontwerp. Een kalibratiestudie gebruikt de dataset, het doel en het ontwerp van de geschatte studie zelf.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the fitted study is damaged. Tell the site administrator.</source>
        <translation>Het register van de node voor de geschatte studie is beschadigd. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>This node has no signing or key-agreement key, so it cannot take part in studies. Tell the site administrator.</source>
        <translation>Deze node heeft geen ondertekeningssleutel of sleutel voor sleutelovereenkomst en kan dus niet aan studies deelnemen. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The manifest has version %1; this node takes version 2. Update the Fairstart client.</source>
        <translation>Het manifest heeft versie %1; deze node accepteert versie 2. Werk de Fairstart-client bij.</translation>
    </message>
    <message>
        <source>The study id must be 32 lower-case hexadecimal digits (128 random bits).</source>
        <translation>Het studie-id moet uit 32 hexadecimale cijfers in kleine letters bestaan (128 willekeurige bits).</translation>
    </message>
    <message>
        <source>The manifest names no participant. A study needs at least one site that contributes.</source>
        <translation>Het manifest noemt geen deelnemer. Een studie heeft minstens één site nodig die bijdraagt.</translation>
    </message>
    <message>
        <source>A site&apos;s name must be 1 to 128 characters without control characters.</source>
        <translation>De naam van een site moet 1 tot 128 tekens lang zijn, zonder stuurtekens.</translation>
    </message>
    <message>
        <source>The keys of site &apos;%1&apos; are not 32-byte keys in base64. Take them from the site&apos;s /v1/info.</source>
        <translation>De sleutels van site &apos;%1&apos; zijn geen sleutels van 32 bytes in base64. Neem ze over uit /v1/info van de site.</translation>
    </message>
    <message>
        <source>The site &apos;%1&apos; appears twice in the manifest. Name every site once, as participant or observer.</source>
        <translation>De site &apos;%1&apos; komt twee keer voor in het manifest. Noem elke site één keer, als deelnemer of waarnemer.</translation>
    </message>
    <message>
        <source>A key of site &apos;%1&apos; is also another site&apos;s key (or its own other key). Every site has its own keys.</source>
        <translation>Een sleutel van site &apos;%1&apos; is ook de sleutel van een andere site (of haar eigen andere sleutel). Elke site heeft eigen sleutels.</translation>
    </message>
    <message>
        <source>The sites of the manifest must be sorted by name (byte-wise), so that every node sums in the same order.</source>
        <translation>De sites in het manifest moeten op naam gesorteerd zijn (per byte), zodat elke node in dezelfde volgorde optelt.</translation>
    </message>
    <message>
        <source>The manifest does not name this node (&apos;%1&apos;) as a participant or observer. Build the manifest from this node&apos;s /v1/info.</source>
        <translation>Het manifest noemt deze node (&apos;%1&apos;) niet als deelnemer of waarnemer. Stel het manifest op uit /v1/info van deze node.</translation>
    </message>
    <message>
        <source>The manifest names this node (&apos;%1&apos;) with other keys than its own. Check the keys you pinned for it against its /v1/info and the administrator&apos;s announcement.</source>
        <translation>Het manifest noemt deze node (&apos;%1&apos;) met andere sleutels dan haar eigen. Vergelijk de sleutels die u voor haar hebt vastgepind met haar /v1/info en de aankondiging van de beheerder.</translation>
    </message>
    <message>
        <source>The mode must be &apos;masked&apos; or &apos;plain&apos;.</source>
        <translation>De modus moet &apos;masked&apos; of &apos;plain&apos; zijn.</translation>
    </message>
    <message>
        <source>This node takes part in masked studies only. Run the study in mode &apos;masked&apos;.</source>
        <translation>Deze node neemt alleen deel aan gemaskeerde studies. Voer de studie uit in modus &apos;masked&apos;.</translation>
    </message>
    <message>
        <source>This node joins a plain study (every site&apos;s statistics unmasked) of at most %1 participants; this one has %2. Run it in mode &apos;masked&apos;.</source>
        <translation>Deze node neemt deel aan een plain-studie (statistieken van elke site ongemaskeerd) van hoogstens %1 deelnemers; deze heeft er %2. Voer haar uit in modus &apos;masked&apos;.</translation>
    </message>
    <message>
        <source>fractionBits must be from %1 to %2.</source>
        <translation>fractionBits moet tussen %1 en %2 liggen.</translation>
    </message>
    <message>
        <source>maxRounds must be at least 1.</source>
        <translation>maxRounds moet minstens 1 zijn.</translation>
    </message>
    <message>
        <source>This node allows at most %1 rounds per fit; the manifest asks for %2. Lower maxRounds.</source>
        <translation>Deze node staat hoogstens %1 rondes per schatting toe; het manifest vraagt er %2. Verlaag maxRounds.</translation>
    </message>
    <message>
        <source>tolerance must be from 1e-14 to 1e-4 (R&apos;s default is 1e-8; Fairstart&apos;s 1e-10).</source>
        <translation>tolerance moet tussen 1e-14 en 1e-4 liggen (standaard in R is 1e-8; in Fairstart 1e-10).</translation>
    </message>
    <message>
        <source>fittedStudy belongs to calibration studies only.</source>
        <translation>fittedStudy hoort alleen bij kalibratiestudies.</translation>
    </message>
    <message>
        <source>Calibration studies need a binomial model.</source>
        <translation>Kalibratiestudies hebben een binomiaal model nodig.</translation>
    </message>
    <message>
        <source>A calibration study names the study whose final β it calibrates (fittedStudy).</source>
        <translation>Een kalibratiestudie noemt de studie waarvan zij de definitieve β kalibreert (fittedStudy).</translation>
    </message>
    <message>
        <source>This node took part in a study of this dataset and purpose whose participants differ from this one&apos;s by the single site &apos;%1&apos;; the difference of the two studies&apos; sums would be that site&apos;s statistics, and this node&apos;s policy refuses that (single_site_difference = refuse). Include or leave out at least one more site.</source>
        <translation>Deze node nam deel aan een studie van deze dataset en dit doel waarvan de deelnemers van die van deze studie verschillen door alleen de site &apos;%1&apos;; het verschil van de sommen van beide studies zou de statistieken van die site zijn, en het beleid van deze node weigert dat (single_site_difference = refuse). Neem minstens één site meer op of laat er één meer weg.</translation>
    </message>
    <message>
        <source>The node could not record the study&apos;s participants. Tell the site administrator.</source>
        <translation>De node kon de deelnemers van de studie niet vastleggen. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The study has ended at this node; nothing more is released for it. Start a new study.</source>
        <translation>De studie is bij deze node beëindigd; er wordt niets meer voor vrijgegeven. Start een nieuwe studie.</translation>
    </message>
    <message>
        <source>There is no such job for you on this node. Open a study first (POST /v1/jobs).</source>
        <translation>Er is op deze node geen job van u met dit id. Open eerst een studie (POST /v1/jobs).</translation>
    </message>
    <message>
        <source>This study has ended at this node (%1). Start a new study.</source>
        <translation>Deze studie is bij deze node beëindigd (%1). Start een nieuwe studie.</translation>
    </message>
    <message>
        <source>the job was closed</source>
        <translation>de job is gesloten</translation>
    </message>
    <message>
        <source>The relay holds a manifest signature of &apos;%1&apos;, which is not a site of this study.</source>
        <translation>De doorgifte bevat een manifesthandtekening van &apos;%1&apos;, dat geen site van deze studie is.</translation>
    </message>
    <message>
        <source>The relay holds two manifest signatures of site &apos;%1&apos;.</source>
        <translation>De doorgifte bevat twee manifesthandtekeningen van site &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The relay lacks the manifest signature of site &apos;%1&apos;. Every participant and observer must sign the same manifest before anything is computed.</source>
        <translation>De doorgifte mist de manifesthandtekening van site &apos;%1&apos;. Elke deelnemer en waarnemer moet hetzelfde manifest ondertekenen voordat er iets wordt berekend.</translation>
    </message>
    <message>
        <source>The manifest signature of site &apos;%1&apos; does not verify against that site&apos;s key in the manifest: it signed another manifest, or another key signed it.</source>
        <translation>De manifesthandtekening van site &apos;%1&apos; klopt niet met de sleutel van die site in het manifest: zij ondertekende een ander manifest, of een andere sleutel ondertekende het.</translation>
    </message>
    <message>
        <source>This node computes nothing before every site&apos;s signature of the manifest is relayed (POST /v1/jobs/{id}/signatures).</source>
        <translation>Deze node berekent niets voordat de manifesthandtekening van elke site is doorgegeven (POST /v1/jobs/{id}/signatures).</translation>
    </message>
    <message>
        <source>The study&apos;s job was cancelled. Start a new study.</source>
        <translation>De job van de studie is geannuleerd. Start een nieuwe studie.</translation>
    </message>
    <message>
        <source>This study has used all %1 rounds this node allows it.</source>
        <translation>Deze studie heeft alle %1 rondes gebruikt die deze node haar toestaat.</translation>
    </message>
    <message>
        <source>Round %1 was relayed, but this node answered round %2 last and expects round %3 (or the identical repeat of round %2): a replayed, skipped or changed round.</source>
        <translation>Ronde %1 is doorgegeven, maar deze node beantwoordde als laatste ronde %2 en verwacht ronde %3 (of de identieke herhaling van ronde %2): een herhaalde, overgeslagen of gewijzigde ronde.</translation>
    </message>
    <message>
        <source>This study has converged; its final β is attested. Ask for the per-site fit or an evaluation instead.</source>
        <translation>Deze studie is geconvergeerd; haar definitieve β is geattesteerd. Vraag in plaats daarvan de schatting per site of een evaluatie aan.</translation>
    </message>
    <message>
        <source>Round 1 is at the coordinator&apos;s start and carries no contributions; this relay holds %1.</source>
        <translation>Ronde 1 begint bij het startpunt van de coördinator en bevat geen bijdragen; deze doorgifte bevat er %1.</translation>
    </message>
    <message>
        <source>The relay holds a contribution of &apos;%1&apos;, which is not a participant of this study.</source>
        <translation>De doorgifte bevat een bijdrage van &apos;%1&apos;, dat geen deelnemer van deze studie is.</translation>
    </message>
    <message>
        <source>The relay holds two contributions of site &apos;%1&apos;.</source>
        <translation>De doorgifte bevat twee bijdragen van site &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The relay lacks the round-%1 contribution of site &apos;%2&apos;. A site that drops out ends the study.</source>
        <translation>De doorgifte mist de bijdrage van site &apos;%2&apos; voor ronde %1. Een site die uitvalt, beëindigt de studie.</translation>
    </message>
    <message>
        <source>The contributions are not in the manifest&apos;s order: position %1 holds site &apos;%2&apos; instead of &apos;%3&apos;.</source>
        <translation>De bijdragen staan niet in de volgorde van het manifest: op positie %1 staat site &apos;%2&apos; in plaats van &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; does not verify against that site&apos;s key in the manifest: it was changed on the way, or another key signed it.</source>
        <translation>De bijdrage van site &apos;%2&apos; voor ronde %1 klopt niet met de sleutel van die site in het manifest: zij is onderweg gewijzigd, of een andere sleutel ondertekende haar.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; is signed, but %3.</source>
        <translation>De bijdrage van site &apos;%2&apos; voor ronde %1 is ondertekend, maar %3.</translation>
    </message>
    <message>
        <source>it belongs to another study</source>
        <translation>zij hoort bij een andere studie</translation>
    </message>
    <message>
        <source>it is of round %1 (a replayed contribution)</source>
        <translation>zij is van ronde %1 (een herhaalde bijdrage)</translation>
    </message>
    <message>
        <source>its mode or number of parameters is not the study&apos;s</source>
        <translation>haar modus of aantal parameters is niet dat van de studie</translation>
    </message>
    <message>
        <source>it holds no round statistics (status &apos;%1&apos;)</source>
        <translation>zij bevat geen rondestatistieken (status &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; computed a different β than this node for that round</source>
        <translation>site &apos;%1&apos; berekende voor die ronde een andere β dan deze node</translation>
    </message>
    <message>
        <source>its statistics do not have the study&apos;s layout</source>
        <translation>haar statistieken hebben niet de opbouw van de studie</translation>
    </message>
    <message>
        <source>The node could not add the masked contributions. Tell the site administrator.</source>
        <translation>De node kon de gemaskeerde bijdragen niet optellen. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The masked contributions of round %1 do not sum to statistics: a contribution was changed, or a site masked with other keys.</source>
        <translation>De gemaskeerde bijdragen van ronde %1 tellen niet op tot statistieken: een bijdrage is gewijzigd, of een site maskeerde met andere sleutels.</translation>
    </message>
    <message>
        <source>the fit failed: %1</source>
        <translation>de schatting is mislukt: %1</translation>
    </message>
    <message>
        <source>The node&apos;s coordinator converged without a result. Tell the site administrator.</source>
        <translation>De coördinator van de node convergeerde zonder resultaat. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The node could not record the study&apos;s final β. Tell the site administrator.</source>
        <translation>De node kon de definitieve β van de studie niet vastleggen. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The study&apos;s job no longer holds its design.</source>
        <translation>De job van de studie bevat haar ontwerp niet meer.</translation>
    </message>
    <message>
        <source>the round could not be computed on this site&apos;s records</source>
        <translation>de ronde kon niet worden berekend op de records van deze site</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused a round</source>
        <translation>de vrijgaveregels van deze site weigerden een ronde</translation>
    </message>
    <message>
        <source>this site&apos;s statistics do not fit the study&apos;s fixed-point scale</source>
        <translation>de statistieken van deze site passen niet in de vastekommaschaal van de studie</translation>
    </message>
    <message>
        <source>The node could not mask its statistics. Tell the site administrator.</source>
        <translation>De node kon haar statistieken niet maskeren. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>This node&apos;s policy refuses per-site fits (site_fits = refuse): it releases only studies&apos; sums.</source>
        <translation>Het beleid van deze node weigert schattingen per site (site_fits = refuse): zij geeft alleen de sommen van studies vrij.</translation>
    </message>
    <message>
        <source>A per-site fit starts from the final β of a model study this node took part in as a participant and saw converge. Run the study to convergence first.</source>
        <translation>Een schatting per site begint bij de definitieve β van een modelstudie waaraan deze node als deelnemer meedeed en die zij zag convergeren. Voer de studie eerst uit tot convergentie.</translation>
    </message>
    <message>
        <source>The study&apos;s job has ended and no longer holds its design. Run the study again.</source>
        <translation>De job van de studie is beëindigd en bevat haar ontwerp niet meer. Voer de studie opnieuw uit.</translation>
    </message>
    <message>
        <source>round kernel %1</source>
        <translation>rondekern %1</translation>
    </message>
    <message>
        <source>Largest study (participants) this node joins in plain mode, where every site&apos;s statistics travel unmasked; larger studies must be masked. 0: masked only.</source>
        <translation>Grootste studie (deelnemers) waaraan deze node in plain-modus deelneemt, waarbij de statistieken van elke site ongemaskeerd worden verstuurd; grotere studies moeten gemaskeerd zijn. 0: alleen gemaskeerd.</translation>
    </message>
    <message>
        <source>allow (1) or refuse (0) a study whose participant set differs by exactly one site from an earlier study of this node on the same dataset and purpose (the difference of two sums is that site&apos;s statistics).</source>
        <translation>een studie toestaan (1) of weigeren (0) waarvan de deelnemers precies één site verschillen van een eerdere studie van deze node op dezelfde dataset en hetzelfde doel (het verschil van twee sommen is de statistiek van die site).</translation>
    </message>
    <message>
        <source>allow (1) or refuse (0) per-site fits: this site&apos;s own model, fitted from a study&apos;s final β on its records alone and released under the round rules.</source>
        <translation>schattingen per site toestaan (1) of weigeren (0): het eigen model van deze site, vanuit de definitieve β van een studie geschat op alleen haar records en vrijgegeven onder de regels voor rondes.</translation>
    </message>
    <message>
        <source>Only model studies (kind glm) can be checked in advance. A calibration study is checked when it is opened.</source>
        <translation>Alleen modelstudies (soort glm) kunnen vooraf worden gecontroleerd. Een kalibratiestudie wordt gecontroleerd wanneer zij wordt geopend.</translation>
    </message>
    <message>
        <source>The node could not read its validation models. Tell the site administrator.</source>
        <translation>De node kon zijn validatiemodellen niet lezen. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>This node&apos;s administrator registered no validation model of that name or hash. Ask the site which models it holds for validation; a β cannot be sent.</source>
        <translation>De beheerder van deze node heeft geen validatiemodel met die naam of hash geregistreerd. Vraag de site welke modellen zij voor validatie heeft; een β kan niet worden meegestuurd.</translation>
    </message>
    <message>
        <source>The node&apos;s record of the validation model is damaged. Tell the site administrator.</source>
        <translation>De vastlegging van het validatiemodel in de node is beschadigd. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>An evaluation study has a single round (round 1, with no contributions relayed); this relay is round %1 with %2.</source>
        <translation>Een evaluatiestudie heeft één ronde (ronde 1, zonder doorgegeven bijdragen); deze doorgave is ronde %1 met %2.</translation>
    </message>
    <message>
        <source>the evaluation could not be computed on this site&apos;s records</source>
        <translation>de evaluatie kon niet worden berekend op de records van deze site</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused the evaluation</source>
        <translation>de vrijgaveregels van deze site weigerden de evaluatie</translation>
    </message>
    <message>
        <source>this site&apos;s evaluation does not fit the study&apos;s fixed-point scale</source>
        <translation>de evaluatie van deze site past niet in de vastekommaschaal van de studie</translation>
    </message>
    <message>
        <source>The node could not mask its evaluation. Tell the site administrator.</source>
        <translation>De node kon zijn evaluatie niet maskeren. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>This node&apos;s administrator registered no validation model with that hash (fittedStudy: &quot;model:&quot; and the model&apos;s hash). Ask the site which models it holds for validation; a β cannot be sent.</source>
        <translation>De beheerder van deze node heeft geen validatiemodel met die hash geregistreerd (fittedStudy: &quot;model:&quot; en de hash van het model). Vraag de site welke modellen zij voor validatie heeft; een β kan niet worden meegestuurd.</translation>
    </message>
    <message>
        <source>The registered model has another design than the manifest. Use the model&apos;s own design.</source>
        <translation>Het geregistreerde model heeft een ander ontwerp dan het manifest. Gebruik het eigen ontwerp van het model.</translation>
    </message>
    <message>
        <source>A calibration or evaluation study needs the final β of a model study that you ran at this node and that converged here (fittedStudy: its study hash). This node knows no such study of yours. Fit the model in a study with this node first.</source>
        <translation>Een kalibratie- of evaluatiestudie vraagt de uiteindelijke β van een modelstudie die u bij deze node hebt uitgevoerd en die hier is geconvergeerd (fittedStudy: de hash van die studie). Deze node kent zo&apos;n studie van u niet. Schat het model eerst in een studie met deze node.</translation>
    </message>
    <message>
        <source>--name must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>--name moet bestaan uit 1 tot 64 letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, en beginnen met een letter of cijfer.</translation>
    </message>
    <message>
        <source>--note must be at most 1000 characters.</source>
        <translation>--note mag hoogstens 1000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; cannot be read: %2.</source>
        <translation>Het modelbestand &apos;%1&apos; kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; is not a model: %2. Write {&quot;design&quot;: {...}, &quot;beta&quot;: [...]} with one coefficient per design column.</source>
        <translation>Het modelbestand &apos;%1&apos; is geen model: %2. Schrijf {&quot;design&quot;: {...}, &quot;beta&quot;: [...]} met één coëfficiënt per ontwerpkolom.</translation>
    </message>
    <message>
        <source>it is larger than 4 MiB</source>
        <translation>het is groter dan 4 MiB</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>het is geen JSON-object</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is unknown</source>
        <translation>het veld &apos;%1&apos; is onbekend</translation>
    </message>
    <message>
        <source>its design is not a resolved design</source>
        <translation>zijn ontwerp is geen uitgewerkt ontwerp</translation>
    </message>
    <message>
        <source>its beta holds a value that is not a finite number</source>
        <translation>zijn beta bevat een waarde die geen eindig getal is</translation>
    </message>
    <message>
        <source>its beta has %1 values, its design %2 columns</source>
        <translation>zijn beta heeft %1 waarden, zijn ontwerp %2 kolommen</translation>
    </message>
    <message>
        <source>only binomial models can be evaluated</source>
        <translation>alleen binomiale modellen kunnen worden geëvalueerd</translation>
    </message>
    <message>
        <source>A validation model named &apos;%1&apos; or with the same design and β is registered already. See &apos;fairstart-node models list&apos;; remove it first to replace it.</source>
        <translation>Er is al een validatiemodel met de naam &apos;%1&apos; of met hetzelfde ontwerp en dezelfde β geregistreerd. Zie &apos;fairstart-node models list&apos;; verwijder het eerst om het te vervangen.</translation>
    </message>
    <message>
        <source>Registered the validation model &apos;%1&apos; (%2).</source>
        <translation>Validatiemodel &apos;%1&apos; (%2) geregistreerd.</translation>
    </message>
    <message>
        <source>No validation models. Register one with &apos;fairstart-node models add&apos;.</source>
        <translation>Geen validatiemodellen. Registreer er een met &apos;fairstart-node models add&apos;.</translation>
    </message>
    <message>
        <source>There is no validation model named &apos;%1&apos;. See &apos;fairstart-node models list&apos;.</source>
        <translation>Er is geen validatiemodel met de naam &apos;%1&apos;. Zie &apos;fairstart-node models list&apos;.</translation>
    </message>
    <message>
        <source>Removed the validation model &apos;%1&apos;.</source>
        <translation>Validatiemodel &apos;%1&apos; verwijderd.</translation>
    </message>
    <message>
        <source>The new token %1 could not be revoked again (%2). Revoke it with &apos;fairstart-node token revoke %1&apos;.</source>
        <translation>Het nieuwe token %1 kon niet opnieuw worden ingetrokken (%2). Trek het in met &apos;fairstart-node token revoke %1&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>TLS pin</source>
        <translation>TLS-pin</translation>
    </message>
    <message>
        <source>Give the name and both keys to the administrators of the other sites over a channel you trust (in person, a signed letter, a call in which you read them out). Each of them accepts this node with:</source>
        <translation>Geef de naam en beide sleutels aan de beheerders van de andere sites via een kanaal dat u vertrouwt (persoonlijk, een ondertekende brief, een telefoongesprek waarin u ze voorleest). Elk van hen accepteert deze node met:</translation>
    </message>
    <message>
        <source>give either --keys-file or --name, --ed25519 and --x25519.</source>
        <translation>geef --keys-file of --name, --ed25519 en --x25519.</translation>
    </message>
    <message>
        <source>Cannot read the keys file %1 (%2).</source>
        <translation>Kan het sleutelbestand %1 niet lezen (%2).</translation>
    </message>
    <message>
        <source>give --name, --ed25519 and --x25519 (the peer&apos;s &apos;fairstart-node keys&apos;), or --keys-file FILE.</source>
        <translation>geef --name, --ed25519 en --x25519 (de &apos;fairstart-node keys&apos; van de peer), of --keys-file FILE.</translation>
    </message>
    <message>
        <source>Accepted &apos;%1&apos; as a peer: studies that name it with these keys may be joined (a running server applies this from its next request).</source>
        <translation>&apos;%1&apos; geaccepteerd als peer: aan studies die haar met deze sleutels noemen, mag worden deelgenomen (een draaiende server past dit toe vanaf zijn volgende verzoek).</translation>
    </message>
    <message>
        <source>No peers: this node joins only studies in which it is the only site. Accept another node with &apos;fairstart-node peers add&apos;.</source>
        <translation>Geen peers: deze node neemt alleen deel aan studies waarin hij de enige site is. Accepteer een andere node met &apos;fairstart-node peers add&apos;.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>There is no peer &apos;%1&apos;. &apos;fairstart-node peers list&apos; shows them.</source>
        <translation>Er is geen peer &apos;%1&apos;. &apos;fairstart-node peers list&apos; toont ze.</translation>
    </message>
    <message>
        <source>Removed the peer &apos;%1&apos;: this node joins no new study with it, and its open studies that name it end at their next request.</source>
        <translation>Peer &apos;%1&apos; verwijderd: deze node neemt met haar aan geen nieuwe studie meer deel, en zijn open studies die haar noemen eindigen bij hun volgende verzoek.</translation>
    </message>
    <message>
        <source>unknown --profile &apos;%1&apos;; use one of: %2.</source>
        <translation>onbekend --profile &apos;%1&apos;; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>register a validation model: a design and its β from a file (audited)</source>
        <translation>registreer een validatiemodel: een ontwerp en zijn β uit een bestand (vastgelegd in het auditlog)</translation>
    </message>
    <message>
        <source>the model&apos;s name, as analysts ask for it</source>
        <translation>de naam van het model, zoals analisten ernaar vragen</translation>
    </message>
    <message>
        <source>{&quot;design&quot;: {...}, &quot;beta&quot;: [...]}: a resolved design and one coefficient per column</source>
        <translation>{&quot;design&quot;: {...}, &quot;beta&quot;: [...]}: een uitgewerkt ontwerp en één coëfficiënt per kolom</translation>
    </message>
    <message>
        <source>where the model comes from</source>
        <translation>waar het model vandaan komt</translation>
    </message>
    <message>
        <source>Analysts may then ask this node to evaluate the model, by its name or hash, on a dataset; the node never evaluates a β an analyst sends.</source>
        <translation>Analisten kunnen deze node dan vragen het model, op naam of hash, op een dataset te evalueren; de node evalueert nooit een β die een analist meestuurt.</translation>
    </message>
    <message>
        <source>list the registered validation models</source>
        <translation>toon de geregistreerde validatiemodellen</translation>
    </message>
    <message>
        <source>remove a registered validation model (audited)</source>
        <translation>verwijder een geregistreerd validatiemodel (vastgelegd in het auditlog)</translation>
    </message>
    <message>
        <source>the model&apos;s name</source>
        <translation>de naam van het model</translation>
    </message>
    <message>
        <source>print this node&apos;s name and public keys, for the other sites&apos; peer lists</source>
        <translation>toon de naam en de publieke sleutels van deze node, voor de peerlijsten van de andere sites</translation>
    </message>
    <message>
        <source>one JSON object (name, ed25519, x25519, tls_pin), for &apos;peers add --keys-file&apos;</source>
        <translation>één JSON-object (name, ed25519, x25519, tls_pin), voor &apos;peers add --keys-file&apos;</translation>
    </message>
    <message>
        <source>accept another node as a peer in studies (audited)</source>
        <translation>accepteer een andere node als peer in studies (vastgelegd in het auditlog)</translation>
    </message>
    <message>
        <source>the peer&apos;s node name, as its &apos;keys&apos; shows it</source>
        <translation>de nodenaam van de peer, zoals haar &apos;keys&apos; die toont</translation>
    </message>
    <message>
        <source>the peer&apos;s Ed25519 public key (base64)</source>
        <translation>de publieke Ed25519-sleutel van de peer (base64)</translation>
    </message>
    <message>
        <source>the peer&apos;s X25519 public key (base64)</source>
        <translation>de publieke X25519-sleutel van de peer (base64)</translation>
    </message>
    <message>
        <source>read name and keys from the peer&apos;s &apos;fairstart-node keys --json&apos;</source>
        <translation>lees naam en sleutels uit &apos;fairstart-node keys --json&apos; van de peer</translation>
    </message>
    <message>
        <source>who vouched for the keys and how they were compared</source>
        <translation>wie voor de sleutels instond en hoe ze zijn vergeleken</translation>
    </message>
    <message>
        <source>A study&apos;s manifest may name another site only with exactly the keys pinned here (policy unknown_peers). Compare the keys with the peer&apos;s administrator over a channel you trust. To change a peer&apos;s keys, remove it and add it again.</source>
        <translation>Het manifest van een studie mag een andere site alleen noemen met precies de sleutels die hier zijn vastgepind (beleid unknown_peers). Vergelijk de sleutels met de beheerder van de peer via een kanaal dat u vertrouwt. Om de sleutels van een peer te wijzigen, verwijdert u haar en voegt u haar opnieuw toe.</translation>
    </message>
    <message>
        <source>list the accepted peers</source>
        <translation>toon de geaccepteerde peers</translation>
    </message>
    <message>
        <source>stop accepting a peer (audited; its open studies end)</source>
        <translation>stop met het accepteren van een peer (vastgelegd in het auditlog; haar open studies eindigen)</translation>
    </message>
    <message>
        <source>the peer&apos;s name from &apos;peers list&apos;</source>
        <translation>de naam van de peer uit &apos;peers list&apos;</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a user name; user names are 1 to 64 letters, digits and . _ @ - (see &apos;token list&apos;).</source>
        <translation>--%1 &apos;%2&apos; is geen gebruikersnaam; gebruikersnamen bestaan uit 1 tot 64 letters, cijfers en . _ @ - (zie &apos;token list&apos;).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a rule id; rule ids are lower-case words joined by &apos;-&apos;, e.g. min-cell (see docs/privacy-rules.md).</source>
        <translation>--%1 &apos;%2&apos; is geen regel-id; regel-id&apos;s zijn woorden in kleine letters verbonden door &apos;-&apos;, bijv. min-cell (zie docs/privacy-rules.md).</translation>
    </message>
    <message>
        <source>libsodium could not be initialised. Check the installation.</source>
        <translation>libsodium kon niet worden geïnitialiseerd. Controleer de installatie.</translation>
    </message>
    <message>
        <source>A peer&apos;s name is its node name as its /v1/info shows it: 1 to 128 characters, no control characters, no spaces at either end.</source>
        <translation>De naam van een peer is haar nodenaam zoals haar /v1/info die toont: 1 tot 128 tekens, geen stuurtekens, geen spaties aan het begin of einde.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this node&apos;s own name. Add the other nodes as peers; this node always knows its own keys.</source>
        <translation>&apos;%1&apos; is de eigen naam van deze node. Voeg de andere nodes toe als peers; deze node kent zijn eigen sleutels altijd.</translation>
    </message>
    <message>
        <source>The note must be one line of at most 500 characters.</source>
        <translation>De notitie moet één regel van hoogstens 500 tekens zijn.</translation>
    </message>
    <message>
        <source>The Ed25519 key of &apos;%1&apos; is not a public key: expected the standard base64 of 32 bytes exactly as the peer&apos;s &apos;fairstart-node keys&apos; or /v1/info shows it.</source>
        <translation>De Ed25519-sleutel van &apos;%1&apos; is geen publieke sleutel: verwacht werd de standaard-base64 van 32 bytes, precies zoals &apos;fairstart-node keys&apos; of /v1/info van de peer die toont.</translation>
    </message>
    <message>
        <source>The X25519 key of &apos;%1&apos; is not a usable public key: expected the standard base64 of 32 bytes exactly as the peer&apos;s &apos;fairstart-node keys&apos; or /v1/info shows it.</source>
        <translation>De X25519-sleutel van &apos;%1&apos; is geen bruikbare publieke sleutel: verwacht werd de standaard-base64 van 32 bytes, precies zoals &apos;fairstart-node keys&apos; of /v1/info van de peer die toont.</translation>
    </message>
    <message>
        <source>The two keys of &apos;%1&apos; are the same. A node has two different keys; copy both again from its &apos;fairstart-node keys&apos;.</source>
        <translation>De twee sleutels van &apos;%1&apos; zijn gelijk. Een node heeft twee verschillende sleutels; kopieer ze allebei opnieuw uit zijn &apos;fairstart-node keys&apos;.</translation>
    </message>
    <message>
        <source>A key given for &apos;%1&apos; is this node&apos;s own key. Copy the peer&apos;s keys from the peer&apos;s &apos;fairstart-node keys&apos;.</source>
        <translation>Een sleutel die voor &apos;%1&apos; is opgegeven, is een eigen sleutel van deze node. Kopieer de sleutels van de peer uit &apos;fairstart-node keys&apos; van de peer.</translation>
    </message>
    <message>
        <source>The keys file is not what &apos;fairstart-node keys --json&apos; writes (a JSON object with name, ed25519 and x25519).</source>
        <translation>Het sleutelbestand is niet wat &apos;fairstart-node keys --json&apos; schrijft (een JSON-object met name, ed25519 en x25519).</translation>
    </message>
    <message>
        <source>The manifest names the site &apos;%1&apos; with other keys than this node&apos;s administrator accepted for it. Check the keys you pinned for &apos;%1&apos; against its administrator&apos;s announcement; if they changed, ask this site&apos;s administrator to update the peer &apos;%1&apos; (fairstart-node peers).</source>
        <translation>Het manifest noemt de site &apos;%1&apos; met andere sleutels dan de beheerder van deze node voor haar accepteerde. Controleer de sleutels die u voor &apos;%1&apos; hebt vastgepind aan de hand van de aankondiging van haar beheerder; als ze zijn veranderd, vraag dan de beheerder van deze site de peer &apos;%1&apos; bij te werken (fairstart-node peers).</translation>
    </message>
    <message>
        <source>The manifest names a site &apos;%1&apos; whose keys this node&apos;s administrator accepted for the site &apos;%2&apos;. Name every site as its administrator does, or ask this site&apos;s administrator to add the peer under the new name.</source>
        <translation>Het manifest noemt een site &apos;%1&apos; waarvan de beheerder van deze node de sleutels accepteerde voor de site &apos;%2&apos;. Noem elke site zoals haar beheerder dat doet, of vraag de beheerder van deze site de peer onder de nieuwe naam toe te voegen.</translation>
    </message>
    <message>
        <source>The site &apos;%1&apos; is not one of this node&apos;s accepted peers, so this node does not join a study with it. Ask this site&apos;s administrator to add &apos;%1&apos; as a peer (fairstart-node peers add, with the keys &apos;%1&apos; publishes) and run the study again.</source>
        <translation>De site &apos;%1&apos; is geen van de geaccepteerde peers van deze node, dus deze node neemt niet met haar deel aan een studie. Vraag de beheerder van deze site &apos;%1&apos; als peer toe te voegen (fairstart-node peers add, met de sleutels die &apos;%1&apos; publiceert) en voer de studie opnieuw uit.</translation>
    </message>
    <message>
        <source>The node could not read its list of accepted peers. Tell the site administrator.</source>
        <translation>De node kon zijn lijst van geaccepteerde peers niet lezen. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>refuse (0) or allow (1) a study that names a site which is not one of this node&apos;s accepted peers (&apos;fairstart-node peers add&apos;). Allowing it lets anyone with a token invent participants whose keys they hold.</source>
        <translation>weiger (0) of sta toe (1) een studie die een site noemt die geen van de geaccepteerde peers van deze node is (&apos;fairstart-node peers add&apos;). Toestaan laat iedereen met een token deelnemers verzinnen van wie hij de sleutels heeft.</translation>
    </message>
    <message>
        <source>The peer &apos;%1&apos; or one of its keys is already pinned. See &apos;fairstart-node peers list&apos;; to change a peer&apos;s keys, remove it first.</source>
        <translation>De peer &apos;%1&apos; of een van haar sleutels is al vastgepind. Zie &apos;fairstart-node peers list&apos;; om de sleutels van een peer te wijzigen, verwijdert u haar eerst.</translation>
    </message>
    <message>
        <source>This store keeps no validation models.</source>
        <translation>Deze opslag bewaart geen validatiemodellen.</translation>
    </message>
    <message>
        <source>A trend&apos;s period must be a numeric variable such as a year of birth. Choose a numeric period.</source>
        <translation>De periode van een trend moet een numerieke variabele zijn, zoals een geboortejaar. Kies een numerieke periode.</translation>
    </message>
    <message>
        <source>A trend counts the levels of a categorical or yes/no variable. Choose such a variable.</source>
        <translation>Een trend telt de niveaus van een categorische of ja/nee-variabele. Kies zo&apos;n variabele.</translation>
    </message>
    <message>
        <source>A trend needs &apos;from&apos; at most &apos;to&apos; and at most %1 periods. Ask for a shorter range.</source>
        <translation>Een trend vraagt een &apos;from&apos; die niet groter is dan &apos;to&apos; en hoogstens %1 perioden. Vraag een kortere reeks aan.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; is not an analysis variable of this dataset. Choose one from the catalogue.</source>
        <translation>De subgroepvariabele &apos;%1&apos; is geen analysevariabele van deze dataset. Kies er een uit de catalogus.</translation>
    </message>
    <message>
        <source>Edges are for a numeric subgroup variable; &apos;%1&apos; has levels. Leave the edges out.</source>
        <translation>Grenzen zijn bedoeld voor een numerieke subgroepvariabele; &apos;%1&apos; heeft niveaus. Laat de grenzen weg.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; has %2 levels; a subgroup evaluation takes at most %3.</source>
        <translation>De subgroepvariabele &apos;%1&apos; heeft %2 niveaus; een subgroepevaluatie staat er hoogstens %3 toe.</translation>
    </message>
    <message>
        <source>The request body was refused: %1. Fix the request and send it again.</source>
        <translation>De inhoud van het verzoek is geweigerd: %1. Corrigeer het verzoek en stuur het opnieuw.</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; has no variable of that name. Use a variable from the catalogue.</source>
        <translation>De dataset &apos;%1&apos; heeft geen variabele met die naam. Gebruik een variabele uit de catalogus.</translation>
    </message>
    <message>
        <source>This node has no dataset of that name. See the catalogue for the datasets it holds.</source>
        <translation>Deze node heeft geen dataset met die naam. Zie de catalogus voor de datasets die zij bevat.</translation>
    </message>
    <message>
        <source>This site scores predicted risks on its fixed grid of %1 bins and on no other: two grids of the same model would let their differences single out records. The request asked for %2 bins; send %1 (Fairstart clients do).</source>
        <translation>Deze site evalueert voorspelde risico&apos;s op haar vaste rooster van %1 klassen en op geen ander: met twee roosters voor hetzelfde model zouden de verschillen ertussen afzonderlijke records kunnen onthullen. Het verzoek vroeg om %2 klassen; stuur %1 (Fairstart-clients doen dat).</translation>
    </message>
    <message>
        <source>This request is in protocol version 1, which this node no longer speaks: it runs studies of protocol version 2 (a signed manifest, rounds the nodes drive themselves). Update the Fairstart client and run the analysis again.</source>
        <translation>Dit verzoek gebruikt protocolversie 1, die deze node niet meer spreekt: zij voert studies uit volgens protocolversie 2 (een ondertekend manifest, rondes die de nodes zelf aansturen). Werk de Fairstart-client bij en voer de analyse opnieuw uit.</translation>
    </message>
    <message>
        <source>The design hash does not match the design the node received. Recompute it with the protocol&apos;s canonical form (protocol::designHash) and send both again.</source>
        <translation>De ontwerphash komt niet overeen met het ontwerp dat de node ontving. Bereken hem opnieuw met de canonieke vorm van het protocol (protocol::designHash) en stuur beide opnieuw.</translation>
    </message>
    <message>
        <source>The dataset records no consent for this purpose, so no record may be used for it. Ask the site administrator.</source>
        <translation>De dataset bevat voor dit doel geen toestemming, dus geen enkel record mag ervoor worden gebruikt. Vraag het de beheerder van de site.</translation>
    </message>
    <message>
        <source>The node could not read or record its differencing ledger, so it answers nothing. Tell the site administrator.</source>
        <translation>De node kon haar verschillenregister niet lezen of bijwerken en geeft daarom geen antwoord. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>This request needs a token: send the header &apos;Authorization: Bearer &lt;token&gt;&apos; with a token from the site administrator.</source>
        <translation>Dit verzoek vraagt een token: stuur de header &apos;Authorization: Bearer &lt;token&gt;&apos; mee, met een token van de beheerder van de site.</translation>
    </message>
    <message>
        <source>The token is not known to this node. Check that it was copied completely, or ask the site administrator for a new one.</source>
        <translation>Het token is onbekend bij deze node. Controleer of het volledig is gekopieerd, of vraag de beheerder van de site om een nieuw token.</translation>
    </message>
    <message>
        <source>The token has been revoked by the site administrator. Ask for a new token.</source>
        <translation>Het token is door de beheerder van de site ingetrokken. Vraag om een nieuw token.</translation>
    </message>
    <message>
        <source>The token has expired. Ask the site administrator for a new token.</source>
        <translation>Het token is verlopen. Vraag de beheerder van de site om een nieuw token.</translation>
    </message>
    <message>
        <source>Every request must declare its purpose (&quot;purpose&quot; in the body, ?purpose= on a GET). Use one of your token&apos;s purposes.</source>
        <translation>Elk verzoek moet zijn doel opgeven (&quot;purpose&quot; in de inhoud, ?purpose= bij een GET). Gebruik een van de doelen van uw token.</translation>
    </message>
    <message>
        <source>Your token does not allow this purpose. Use one of its purposes (see /v1/info) or ask the site administrator for a token that carries it.</source>
        <translation>Uw token staat dit doel niet toe. Gebruik een van de doelen van het token (zie /v1/info) of vraag de beheerder van de site om een token met dit doel.</translation>
    </message>
    <message>
        <source>A descriptives study has participants only: an observer would contribute nothing. Name every site as a participant.</source>
        <translation>Een studie voor beschrijvende statistieken heeft alleen deelnemers: een waarnemer zou niets bijdragen. Noem elke site als deelnemer.</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of &apos;%1&apos; do not fit this site&apos;s catalogue: a numeric variable has no levels, a yes/no variable the levels 0 and 1, and a categorical one lists every level of every site&apos;s catalogue. Build the manifest from the sites&apos; catalogues.</source>
        <translation>De niveaus van &apos;%1&apos; in het manifest passen niet bij de catalogus van deze site: een numerieke variabele heeft geen niveaus, een ja/nee-variabele de niveaus 0 en 1, en een categorische variabele noemt elk niveau uit de catalogus van elke site. Stel het manifest samen uit de catalogi van de sites.</translation>
    </message>
    <message>
        <source>A descriptives study has a single round (round 1, with no contributions relayed); this relay is round %1 with %2.</source>
        <translation>Een studie voor beschrijvende statistieken heeft één ronde (ronde 1, zonder doorgegeven bijdragen); deze doorgifte is ronde %1 met %2.</translation>
    </message>
    <message>
        <source>this site&apos;s release rules refused the descriptives</source>
        <translation>de vrijgaveregels van deze site weigerden de beschrijvende statistieken</translation>
    </message>
    <message>
        <source>the descriptives could not be computed on this site&apos;s records</source>
        <translation>de beschrijvende statistieken konden niet worden berekend op de records van deze site</translation>
    </message>
    <message>
        <source>The node&apos;s descriptives do not fit the study&apos;s manifest. Tell the site administrator.</source>
        <translation>De beschrijvende statistieken van de node passen niet bij het manifest van de studie. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>this site&apos;s descriptives do not fit the study&apos;s fixed-point scale</source>
        <translation>de beschrijvende statistieken van deze site passen niet in de vastekommaschaal van de studie</translation>
    </message>
    <message>
        <source>The node could not mask its descriptives. Tell the site administrator.</source>
        <translation>De node kon haar beschrijvende statistieken niet maskeren. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of the table &apos;%1 × %2&apos; do not cover this site&apos;s catalogue: list every level of every site&apos;s catalogue (a yes/no variable: 0 and 1).</source>
        <translation>De niveaus van de tabel &apos;%1 × %2&apos; in het manifest dekken de catalogus van deze site niet: noem elk niveau uit de catalogus van elke site (een ja/nee-variabele: 0 en 1).</translation>
    </message>
    <message>
        <source>The manifest&apos;s levels of the trend of &apos;%1&apos; do not cover this site&apos;s catalogue: list every level of every site&apos;s catalogue (a yes/no variable: 0 and 1).</source>
        <translation>De niveaus van de trend van &apos;%1&apos; in het manifest dekken de catalogus van deze site niet: noem elk niveau uit de catalogus van elke site (een ja/nee-variabele: 0 en 1).</translation>
    </message>
    <message>
        <source>The relay&apos;s tags must be an array of strings, each empty or the base64 of a 32-byte contribution tag.</source>
        <translation>De tags van de doorgifte moeten een array van strings zijn, elk leeg of de base64 van een bijdragetag van 32 bytes.</translation>
    </message>
    <message>
        <source>Contribution tags belong to the rounds of model studies; an evaluation or descriptives study has one round and relays nothing. Send its round without tags.</source>
        <translation>Bijdragetags horen bij de rondes van modelstudies; een studie voor evaluatie of beschrijvende statistieken heeft één ronde en geeft niets door. Stuur haar ronde zonder tags.</translation>
    </message>
    <message>
        <source>The node could not agree the keys of contribution tags with the study&apos;s sites. Tell the site administrator.</source>
        <translation>De node kon met de sites van de studie geen sleutels voor bijdragetags afspreken. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>Round 1 carries no contributions, so its relay carries no tags; this one holds %1.</source>
        <translation>Ronde 1 bevat geen bijdragen, dus haar doorgifte bevat geen tags; deze bevat er %1.</translation>
    </message>
    <message>
        <source>The relay holds %1 contribution tags for %2 contributions: one per contribution, in the manifest&apos;s order.</source>
        <translation>De doorgifte bevat %1 bijdragetags voor %2 bijdragen: er hoort één tag per bijdrage te zijn, in de volgorde van het manifest.</translation>
    </message>
    <message>
        <source>The round-%1 contribution of site &apos;%2&apos; does not match its tag for this node: it was changed on the way, or the tag was not made by that site.</source>
        <translation>De bijdrage van ronde %1 van site &apos;%2&apos; klopt niet met haar tag voor deze node: de bijdrage is onderweg gewijzigd, of de tag is niet door die site gemaakt.</translation>
    </message>
    <message>
        <source>The relay holds a tag for this node&apos;s own contribution (position %1); that slot stays empty.</source>
        <translation>De doorgifte bevat een tag voor de eigen bijdrage van deze node (positie %1); die plaats blijft leeg.</translation>
    </message>
    <message>
        <source>The node could not tag its contribution. Tell the site administrator.</source>
        <translation>De node kon geen tag voor haar bijdrage maken. Waarschuw de beheerder van de site.</translation>
    </message>
    <message>
        <source>The nearest allowed values are %1 and %2.</source>
        <translation>De dichtstbijzijnde toegestane waarden zijn %1 en %2.</translation>
    </message>
    <message>
        <source>The nearest allowed value is %1.</source>
        <translation>De dichtstbijzijnde toegestane waarde is %1.</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Meisje</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Jongen</translation>
    </message>
    <message>
        <source>Low (primary)</source>
        <translation>Laag (primair onderwijs)</translation>
    </message>
    <message>
        <source>Middle (secondary)</source>
        <translation>Middelbaar (secundair onderwijs)</translation>
    </message>
    <message>
        <source>High (tertiary)</source>
        <translation>Hoog (tertiair onderwijs)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Westers</translation>
    </message>
    <message>
        <source>Non-Western</source>
        <translation>Niet-westers</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: &apos;levels&apos; must be distinct, non-empty strings or objects {&quot;name&quot;: ..., &quot;label&quot;: ...}</source>
        <translation>kolom &apos;%1&apos;: &apos;levels&apos; moeten verschillende, niet-lege strings zijn of objecten {&quot;name&quot;: ..., &quot;label&quot;: ...}</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: a level described by an object has a &apos;name&apos; and, optionally, a &apos;label&apos; (text)</source>
        <translation>kolom &apos;%1&apos;: een niveau dat door een object wordt beschreven heeft een &apos;name&apos; en, optioneel, een &apos;label&apos; (tekst)</translation>
    </message>
    <message>
        <source>An audit entry&apos;s request was not a JSON object; nothing was written. Tell the developers.</source>
        <translation>Het verzoek van een auditregel was geen JSON-object; er is niets geschreven. Waarschuw de ontwikkelaars.</translation>
    </message>
    <message>
        <source>the dataset was imported again during the study</source>
        <translation>de dataset is tijdens de studie opnieuw geïmporteerd</translation>
    </message>
    <message>
        <source>The keys file %1 is larger than 16 MB; a federation&apos;s keys take about 200 bytes per node. Check that it is the right file.</source>
        <translation>Het sleutelbestand %1 is groter dan 16 MB; de sleutels van een federatie nemen ongeveer 200 bytes per node in beslag. Controleer of het het juiste bestand is.</translation>
    </message>
    <message>
        <source>The peer &apos;%1&apos; or one of its keys was pinned while the file was read; nothing was imported. Run the import again.</source>
        <translation>De peer &apos;%1&apos; of een van haar sleutels is vastgepind terwijl het bestand werd gelezen; er is niets geïmporteerd. Voer de import opnieuw uit.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n new peer(s) from %1 (a running server applies this from its next request).</source>
        <translation>
            <numerusform>%n nieuwe peer uit %1 geaccepteerd (een draaiende server past dit toe vanaf zijn volgende verzoek).</numerusform>
            <numerusform>%n nieuwe peers uit %1 geaccepteerd (een draaiende server past dit toe vanaf zijn volgende verzoek).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) already pinned with the same keys, left as they were.</source>
        <translation>
            <numerusform>%n vermelding was al met dezelfde sleutels vastgepind en is ongewijzigd gelaten.</numerusform>
            <numerusform>%n vermeldingen waren al met dezelfde sleutels vastgepind en zijn ongewijzigd gelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This node&apos;s own entry was skipped.</source>
        <translation>De eigen vermelding van deze node is overgeslagen.</translation>
    </message>
    <message>
        <source>accept many nodes as peers at once from a federation&apos;s keys file (audited; all or none)</source>
        <translation>accepteer veel nodes tegelijk als peers uit het sleutelbestand van een federatie (vastgelegd in het auditlog; alles of niets)</translation>
    </message>
    <message>
        <source>the nodes&apos; &apos;fairstart-node keys --json&apos;, one after another or in a JSON array</source>
        <translation>de &apos;fairstart-node keys --json&apos; van de nodes, na elkaar of in een JSON-array</translation>
    </message>
    <message>
        <source>the note of entries without a &quot;note&quot; of their own</source>
        <translation>de notitie voor vermeldingen zonder eigen &quot;note&quot;</translation>
    </message>
    <message>
        <source>Checks every entry as &apos;peers add&apos; does and pins them all in one transaction, each with its audit entry, or none. This node&apos;s own entry and peers pinned already with the same keys are skipped; a malformed entry, a name or key given twice, or a name pinned with other keys refuses the whole file. Compare the file with the other administrators over a channel you trust.</source>
        <translation>Controleert elke vermelding zoals &apos;peers add&apos; dat doet en pint ze allemaal vast in één transactie, elk met een eigen auditregel, of geen enkele. De eigen vermelding van deze node en peers die al met dezelfde sleutels zijn vastgepind, worden overgeslagen; een ongeldige vermelding, een naam of sleutel die twee keer voorkomt, of een naam die met andere sleutels is vastgepind, leidt tot weigering van het hele bestand. Vergelijk het bestand met de andere beheerders via een kanaal dat u vertrouwt.</translation>
    </message>
    <message>
        <source>The keys file is not valid JSON at line %1 (%2). It holds what &apos;fairstart-node keys --json&apos; writes at each node, one object after another or in a JSON array.</source>
        <translation>Het sleutelbestand is geen geldige JSON op regel %1 (%2). Het bevat wat &apos;fairstart-node keys --json&apos; op elke node schrijft, het ene object na het andere of in een JSON-array.</translation>
    </message>
    <message>
        <source>The array at line %1 of the keys file holds something other than objects. Each entry is what &apos;fairstart-node keys --json&apos; writes.</source>
        <translation>De array op regel %1 van het sleutelbestand bevat iets anders dan objecten. Elke vermelding is wat &apos;fairstart-node keys --json&apos; schrijft.</translation>
    </message>
    <message>
        <source>The keys file holds no entry. Put in it what &apos;fairstart-node keys --json&apos; writes at each node.</source>
        <translation>Het sleutelbestand bevat geen vermelding. Zet erin wat &apos;fairstart-node keys --json&apos; op elke node schrijft.</translation>
    </message>
    <message>
        <source>Entry %1 of the keys file (line %2)</source>
        <translation>Vermelding %1 van het sleutelbestand (regel %2)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not one of name, ed25519, x25519, tls_pin and note.</source>
        <translation>het veld &apos;%1&apos; is niet een van name, ed25519, x25519, tls_pin en note.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing or not a string. Each entry is what &apos;fairstart-node keys --json&apos; writes (name, ed25519, x25519).</source>
        <translation>&apos;%1&apos; ontbreekt of is geen string. Elke vermelding is wat &apos;fairstart-node keys --json&apos; schrijft (name, ed25519, x25519).</translation>
    </message>
    <message>
        <source>&apos;note&apos; is not a string.</source>
        <translation>&apos;note&apos; is geen string.</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is also entry %2&apos;s. Each node appears once.</source>
        <translation>de naam &apos;%1&apos; is ook die van vermelding %2. Elke node komt één keer voor.</translation>
    </message>
    <message>
        <source>the key %1 is also in entry %2. Each node has keys of its own; compare both entries with their administrators.</source>
        <translation>de sleutel %1 staat ook in vermelding %2. Elke node heeft eigen sleutels; vergelijk beide vermeldingen met hun beheerders.</translation>
    </message>
    <message>
        <source>the peer &apos;%1&apos; is pinned with other keys. If its keys changed, confirm them with its administrator, remove it (&apos;fairstart-node peers remove&apos;) and import again.</source>
        <translation>de peer &apos;%1&apos; is met andere sleutels vastgepind. Als haar sleutels zijn veranderd, bevestig ze dan bij haar beheerder, verwijder haar (&apos;fairstart-node peers remove&apos;) en importeer opnieuw.</translation>
    </message>
    <message>
        <source>a key of &apos;%1&apos; is pinned for the peer &apos;%2&apos;. Name every node as its administrator does; if it was renamed, remove &apos;%2&apos; first.</source>
        <translation>een sleutel van &apos;%1&apos; is vastgepind voor de peer &apos;%2&apos;. Noem elke node zoals haar beheerder dat doet; als ze is hernoemd, verwijder dan eerst &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>yes (1) or no (0): the bounds of a numeric filter, an evaluation&apos;s numeric subgroup edges, winsor bounds, an outcome threshold and spline knots must be edges of this node&apos;s histogram of the variable. Allowing any number lets the refusals of numbers one unit apart locate a record&apos;s value (the maximum birth weight in about 11 requests).</source>
        <translation>ja (1) of nee (0): de grenzen van een numeriek filter, de numerieke subgroepgrenzen van een evaluatie, winsorgrenzen, een uitkomstdrempel en splineknopen moeten grenzen zijn van het histogram van de variabele op deze node. Als elk getal is toegestaan, kunnen de weigeringen van getallen die één eenheid van elkaar liggen de waarde van een record lokaliseren (het maximale geboortegewicht in ongeveer 11 verzoeken).</translation>
    </message>
    <message>
        <source>A batch of peers without one audit entry each; nothing was pinned. Tell the developers.</source>
        <translation>Een reeks peers zonder één auditregel per peer; er is niets vastgepind. Waarschuw de ontwikkelaars.</translation>
    </message>
    <message>
        <source>The subgroup variable &apos;%1&apos; is numeric: give the cells&apos; edges (subgroup_edges), each an edge of this node&apos;s histogram of it (describe &apos;%1&apos; to see them).</source>
        <translation>De subgroepvariabele &apos;%1&apos; is numeriek: geef de grenzen van de cellen op (subgroup_edges), elk een grens van het histogram ervan op deze node (beschrijf &apos;%1&apos; om ze te zien).</translation>
    </message>
    <message>
        <source>Only round 1 may carry the manifest signatures (they arm the study); round %1 carries them.</source>
        <translation>Alleen ronde 1 mag de manifesthandtekeningen bevatten (zij stellen de studie in werking); ronde %1 bevat ze.</translation>
    </message>
    <message>
        <source>A Poisson model needs counts (0, 1, 2, ...), and this site&apos;s outcome has values below 0. Use a Gaussian model for this outcome, or a count variable as the outcome.</source>
        <translation>Een Poisson-model heeft aantallen nodig (0, 1, 2, ...), en de uitkomst van deze site heeft waarden onder 0. Gebruik een Gaussisch model voor deze uitkomst, of een telvariabele als uitkomst.</translation>
    </message>
    <message>
        <source>A Poisson model needs counts (0, 1, 2, ...), and this site&apos;s outcome is not whole numbers (the catalogue says so too). For a rate, use the count as the outcome and log(time at risk) as the offset; for a measurement, use a Gaussian model.</source>
        <translation>Een Poisson-model heeft aantallen nodig (0, 1, 2, ...), en de uitkomst van deze site bestaat niet uit gehele getallen (de catalogus zegt dat ook). Gebruik voor een ratio het aantal als uitkomst en log(tijd onder risico) als offset; gebruik voor een meting een Gaussisch model.</translation>
    </message>
    <message>
        <source>yes (1): serve reads every dataset into memory when it starts, in the background, so that the first request does not wait for it. no (0): a dataset is read by the first request that needs it (less memory for datasets nobody uses).</source>
        <translation>ja (1): serve leest bij het starten elke dataset op de achtergrond in het geheugen, zodat het eerste verzoek er niet op wacht. nee (0): een dataset wordt gelezen door het eerste verzoek dat hem nodig heeft (minder geheugen voor datasets die niemand gebruikt).</translation>
    </message>
    <message>
        <source>At this site, %1 records dominate the variable %2: over all the site&apos;s records they make up more than %3% of its sum or of its spread about the mean, as the request reads it. Every description of %2, and every model that uses it as is, scaled or as a spline, is refused at this site for every cohort, so that no refusal tells which cohort holds those records. Ask the site&apos;s data steward to check those values (a typing error, a unit, a missing-value code such as 9999). Until then leave %2 out, or in a model winsorise it at an edge of the node&apos;s histogram below those values or take its log: such a column is judged the same way, over all the site&apos;s records.</source>
        <translation>Op deze site domineren %1 records de variabele %2: over alle records van de site maken ze meer dan %3% uit van haar som of van haar spreiding rond het gemiddelde, zoals het verzoek haar leest. Elke beschrijving van %2 en elk model dat haar ongewijzigd, geschaald of als spline gebruikt, wordt op deze site voor elk cohort geweigerd, zodat geen weigering verraadt welk cohort die records bevat. Vraag de databeheerder van de site die waarden te controleren (een typefout, een eenheid, een code voor ontbrekende waarden zoals 9999). Laat %2 tot dan weg, of winsoriseer haar in een model op een grens van het histogram van de node onder die waarden of neem haar logaritme: zo&apos;n kolom wordt op dezelfde manier beoordeeld, over alle records van de site.</translation>
    </message>
    <message>
        <source>The node could not agree the keys of manifest tags with the study&apos;s sites. Tell the site administrator.</source>
        <translation>Het knooppunt kon de sleutels voor manifesttags niet met de locaties van de studie afspreken. Meld het aan de beheerder van de locatie.</translation>
    </message>
    <message>
        <source>The relay&apos;s manifest tags must be an array of strings, each empty or the base64 of a 32-byte manifest tag.</source>
        <translation>De manifesttags van het relais moeten een lijst van tekenreeksen zijn, elk leeg of de base64 van een manifesttag van 32 bytes.</translation>
    </message>
    <message>
        <source>The relay holds %1 manifest tags for %2 sites: one per site of the manifest, participants then observers.</source>
        <translation>Het relais bevat %1 manifesttags voor %2 locaties: één per locatie van het manifest, eerst de deelnemers, dan de waarnemers.</translation>
    </message>
    <message>
        <source>The relay holds a manifest tag in this node&apos;s own slot (position %1); that slot stays empty.</source>
        <translation>Het relais bevat een manifesttag in het eigen vak van dit knooppunt (positie %1); dat vak blijft leeg.</translation>
    </message>
    <message>
        <source>The relay lacks the manifest tag of site &apos;%1&apos; for this node. Every participant and observer must agree to the same manifest before anything is computed.</source>
        <translation>Het relais mist de manifesttag van locatie &apos;%1&apos; voor dit knooppunt. Elke deelnemer en waarnemer moet met hetzelfde manifest instemmen voordat er iets wordt berekend.</translation>
    </message>
    <message>
        <source>The manifest tag of site &apos;%1&apos; does not verify with the key that site shares with this node: it agreed to another manifest, or the tag was not made by it.</source>
        <translation>De manifesttag van locatie &apos;%1&apos; klopt niet met de sleutel die die locatie met dit knooppunt deelt: ze stemde in met een ander manifest, of de tag is niet door haar gemaakt.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest says &quot;arming&quot;: &quot;tags&quot;: its round 1 carries the other sites&apos; manifest tags for this node and arms it. Send round 1 instead of the signatures.</source>
        <translation>Het manifest van deze studie zegt &quot;arming&quot;: &quot;tags&quot;: ronde 1 brengt de manifesttags van de andere locaties voor dit knooppunt en activeert het. Stuur ronde 1 in plaats van de handtekeningen.</translation>
    </message>
    <message>
        <source>Only round 1 may carry manifest tags (they arm the study); round %1 carries them.</source>
        <translation>Alleen ronde 1 mag manifesttags bevatten (ze activeren de studie); ronde %1 bevat ze.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest does not say &quot;arming&quot;: &quot;tags&quot;: it is armed by every site&apos;s manifest signature. Send round 1 with the signatures instead of manifest tags.</source>
        <translation>Het manifest van deze studie zegt niet &quot;arming&quot;: &quot;tags&quot;: ze wordt geactiveerd door de manifesthandtekening van elke locatie. Stuur ronde 1 met de handtekeningen in plaats van manifesttags.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest says &quot;arming&quot;: &quot;tags&quot;: round 1 carries the other sites&apos; manifest tags for this node, not the signatures.</source>
        <translation>Het manifest van deze studie zegt &quot;arming&quot;: &quot;tags&quot;: ronde 1 brengt de manifesttags van de andere locaties voor dit knooppunt, niet de handtekeningen.</translation>
    </message>
    <message>
        <source>This node computes nothing before every other site&apos;s manifest tag for it is relayed (round 1&apos;s manifest_tags).</source>
        <translation>Dit knooppunt berekent niets voordat de manifesttag van elke andere locatie ervoor is doorgegeven (manifest_tags van ronde 1).</translation>
    </message>
    <message>
        <source>This cohort is too small for %1: the site&apos;s most extreme values of %1 would make up more than %2% of the cohort&apos;s sum or of its spread about the mean if they were in it, so its sums could reveal the values of a few records. The node judges every cohort as if those records were in it, whichever cohort holds them, so that a refusal does not tell where they are. Use a larger cohort (fewer or wider filters) or leave %1 out; if those values are errors (a typing error, a unit, a missing-value code), ask the site&apos;s data steward to check them.</source>
        <translation>Dit cohort is te klein voor %1: de meest extreme waarden van %1 op deze locatie zouden meer dan %2% van de som van het cohort of van de spreiding rond het gemiddelde uitmaken als ze erin zaten, zodat de sommen de waarden van enkele records zouden kunnen onthullen. Het knooppunt beoordeelt elk cohort alsof die records erin zitten, welk cohort ze ook bevat, zodat een weigering niet vertelt waar ze zijn. Gebruik een groter cohort (minder of ruimere filters) of laat %1 weg; als die waarden fouten zijn (een typefout, een eenheid, een code voor ontbrekend), vraag dan de databeheerder van de locatie ze te controleren.</translation>
    </message>
    <message>
        <source>The body must be JSON or a binary relay: send Content-Type: application/json or application/x-fairstart-relay.</source>
        <translation>De body moet JSON of een binaire doorgifte zijn: stuur Content-Type: application/json of application/x-fairstart-relay.</translation>
    </message>
    <message>
        <source>Smallest piece of a category that two fits&apos; cohorts may split off from each other (their differenced sums are over that many records). 0: half of min_cell (5 by default); never below that, never above min_cell.</source>
        <translation>Kleinste deel van een categorie dat de cohorten van twee fits van elkaar mogen afsplitsen (hun verschilsommen gaan over zoveel records). 0: de helft van min_cell (standaard 5); nooit lager dan dat, nooit hoger dan min_cell.</translation>
    </message>
    <message>
        <source>Records added: %1, removed: %2 (of which changed: %3). The differencing ledger follows them: a release that differs from an earlier one by the removed or changed records is refused; %4 added records are held out of every analysis until %5 or more are in (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</source>
        <translation>Records toegevoegd: %1, verwijderd: %2 (waarvan gewijzigd: %3). Het verschillenregister volgt ze: een vrijgave die van een eerdere verschilt door de verwijderde of gewijzigde records wordt geweigerd; %4 toegevoegde records blijven buiten elke analyse tot er %5 of meer zijn (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</translation>
    </message>
    <message>
        <source>The differencing ledger starts afresh: the records of the earlier import could not be matched to these (a consent column became an analysis variable, or the earlier ledger could not be read). Releases before and after may differ by the records added, removed or changed (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</source>
        <translation>Het verschillenregister begint opnieuw: de records van de eerdere import konden niet aan deze worden gekoppeld (een toestemmingskolom werd een analysevariabele, of het eerdere register kon niet worden gelezen). Vrijgaven ervoor en erna kunnen verschillen door de toegevoegde, verwijderde of gewijzigde records (docs/privacy-rules.md, &quot;Re-imports that change records&quot;).</translation>
    </message>
    <message>
        <source>Levels changed in: %1. The differencing ledger&apos;s cells of these variables follow the level names (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</source>
        <translation>Niveaus gewijzigd in: %1. De cellen van het verschillenregister voor deze variabelen volgen de niveaunamen (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</translation>
    </message>
    <message>
        <source>Another kind, a level removed or another first level in: %1. What was released of these variables before cannot be read in the new records, so a release that splits a group on which they were released is refused (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</source>
        <translation>Een andere soort, een verwijderd niveau of een ander eerste niveau in: %1. Wat eerder van deze variabelen werd vrijgegeven is in de nieuwe records niet te lezen, dus een vrijgave die een groep splitst waarover ze werden vrijgegeven wordt geweigerd (docs/privacy-rules.md, &quot;A re-import that changes a schema&quot;).</translation>
    </message>
    <message>
        <source>no (0) or yes (1): import a dataset that holds min_cell or more of the records of another dataset at this node (the same values in every analysis variable both hold). Every dataset has its own differencing ledger, so releases over two datasets that share records can be differenced against each other to reveal a record. With no, such an import is refused: replace a dataset by importing under its own name (the ledger follows the records).</source>
        <translation>nee (0) of ja (1): een dataset importeren die min_cell of meer records van een andere dataset op deze node bevat (dezelfde waarden in elke analysevariabele die beide bevatten). Elke dataset heeft een eigen verschillenregister, dus vrijgaven over twee datasets die records delen kunnen tegen elkaar worden afgetrokken om een record te onthullen. Bij nee wordt zo&apos;n import geweigerd: vervang een dataset door onder zijn eigen naam te importeren (het register volgt de records).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos; at this node (the same values in every analysis variable both hold); nothing was imported. Each dataset has its own differencing ledger, so releases over two datasets that share records could be differenced against each other to reveal a record. To replace &apos;%3&apos; with these records, import them under the name &apos;%3&apos; (the ledger follows the records); to analyse part of &apos;%3&apos;, use filters on it (docs/privacy-rules.md, &quot;Datasets that share records&quot;).</source>
        <translation>De dataset &apos;%1&apos; bevat %2 records van de dataset &apos;%3&apos; op deze node (dezelfde waarden in elke analysevariabele die beide bevatten); er is niets geïmporteerd. Elke dataset heeft een eigen verschillenregister, dus vrijgaven over twee datasets die records delen zouden tegen elkaar kunnen worden afgetrokken om een record te onthullen. Om &apos;%3&apos; door deze records te vervangen, importeer ze onder de naam &apos;%3&apos; (het register volgt de records); om een deel van &apos;%3&apos; te analyseren, gebruik filters erop (docs/privacy-rules.md, &quot;Datasets that share records&quot;).</translation>
    </message>
    <message>
        <source>A yes/no variable is 0 or 1: these bounds select neither. Filter it by its levels 0 and 1.</source>
        <translation>Een ja/nee-variabele is 0 of 1: deze grenzen selecteren geen van beide. Filter haar op haar niveaus 0 en 1.</translation>
    </message>
    <message>
        <source>Removed the dataset &apos;%1&apos;: it is no longer listed or analysed. Its records and differencing ledger stay in the encrypted store, so that they cannot be imported again under another name and differenced against what was released on them; an import under the name &apos;%1&apos; takes its place and carries the ledger (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>Dataset &apos;%1&apos; verwijderd: hij wordt niet meer vermeld of geanalyseerd. Zijn records en verschillenregister blijven in de versleutelde opslag, zodat ze niet opnieuw onder een andere naam kunnen worden geïmporteerd en vergeleken met wat erover is vrijgegeven; een import onder de naam &apos;%1&apos; neemt zijn plaats in en neemt het register over (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records that a re-import of the dataset &apos;%3&apos; removed or changed (their earlier versions); nothing was imported. The node keeps them so that they cannot be imported again under another name and differenced against what was released on them before. To import these records again, import them under the name &apos;%3&apos; (the ledger follows the records) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>De dataset &apos;%1&apos; bevat %2 records die een herimport van de dataset &apos;%3&apos; heeft verwijderd of gewijzigd (hun eerdere versies); er is niets geïmporteerd. De node bewaart ze zodat ze niet opnieuw onder een andere naam kunnen worden geïmporteerd en vergeleken met wat er eerder over is vrijgegeven. Importeer deze records opnieuw onder de naam &apos;%3&apos; (het register volgt de records) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos;, which was removed from this node; nothing was imported. A removed dataset&apos;s differencing ledger is kept, so that its records imported again cannot be differenced against what was released on them before. To import these records again, import them under the name &apos;%3&apos; (the ledger follows the records) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</source>
        <translation>De dataset &apos;%1&apos; bevat %2 records van de dataset &apos;%3&apos;, die van deze node is verwijderd; er is niets geïmporteerd. Het verschillenregister van een verwijderde dataset blijft bewaard, zodat zijn opnieuw geïmporteerde records niet kunnen worden vergeleken met wat er eerder over is vrijgegeven. Importeer deze records opnieuw onder de naam &apos;%3&apos; (het register volgt de records) (docs/privacy-rules.md, &quot;A removed dataset&apos;s records&quot;).</translation>
    </message>
    <message>
        <source>Consent changed for %1 records (counted above as changed): each is held out of every analysis like an added record, and its earlier version stays in the differencing ledger like a removed one, so that no refusal tells which groups released before held it (docs/privacy-rules.md, &quot;Consent changes are changed records&quot;).</source>
        <translation>Toestemming gewijzigd voor %1 records (hierboven als gewijzigd geteld): elk wordt buiten elke analyse gehouden als een toegevoegd record, en de eerdere versie blijft in het verschillenregister als een verwijderd record, zodat geen weigering verraadt welke eerder vrijgegeven groepen het bevatten (docs/privacy-rules.md, &quot;Consent changes are changed records&quot;).</translation>
    </message>
    <message>
        <source>The same records with the same values and consent: the differencing ledger of the earlier import is kept.</source>
        <translation>Dezelfde records met dezelfde waarden en toestemming: het verschillenregister van de eerdere import blijft behouden.</translation>
    </message>
    <message>
        <source>Nothing was forgotten. &apos;dataset remove --forget&apos; deletes the records of the dataset &apos;%1&apos; from this node for good (its table, a removed copy of it, the earlier versions its re-imports kept, and its differencing ledgers) and keeps only a keyed hash of each record, so that the same records are refused if they are ever imported again; what was released on them can no longer be protected by the ledger. To do it, repeat the dataset&apos;s name: --forget --confirm-forget %1.</source>
        <translation>Er is niets vergeten. &apos;dataset remove --forget&apos; verwijdert de records van de dataset &apos;%1&apos; definitief van deze node (de tabel, een verwijderde kopie ervan, de eerdere versies die herimports bewaarden, en de verschillenregisters) en bewaart alleen een gesleutelde hash van elk record, zodat dezelfde records worden geweigerd als ze ooit opnieuw worden geïmporteerd; wat over hen is vrijgegeven, kan het register dan niet meer beschermen. Herhaal daarvoor de naam van de dataset: --forget --confirm-forget %1.</translation>
    </message>
    <message>
        <source>Forgot the dataset &apos;%1&apos;: %2 records (every stored version) and its differencing ledgers were deleted and the store&apos;s space freed. A keyed hash of each record stays, so that an import holding them again, under any name, is refused (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</source>
        <translation>Dataset &apos;%1&apos; vergeten: %2 records (elke bewaarde versie) en de verschillenregisters zijn verwijderd en de ruimte van de opslag is vrijgegeven. Een gesleutelde hash van elk record blijft, zodat een import die ze opnieuw bevat, onder welke naam ook, wordt geweigerd (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</translation>
    </message>
    <message>
        <source>remove a dataset (audited); --forget deletes its records for good</source>
        <translation>een dataset verwijderen (gelogd); --forget verwijdert de records definitief</translation>
    </message>
    <message>
        <source>delete its records and ledgers for good (a data-protection erasure)</source>
        <translation>de records en registers definitief verwijderen (een wissing op grond van gegevensbescherming)</translation>
    </message>
    <message>
        <source>the dataset&apos;s name again, to confirm --forget</source>
        <translation>nogmaals de naam van de dataset, om --forget te bevestigen</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; holds %2 records of the dataset &apos;%3&apos;, which was forgotten at this node (fairstart-node dataset remove --forget); nothing was imported. The node no longer holds their values or the differencing ledger of what was released on them, so releases over them again could be differenced against the earlier ones; a forgotten dataset&apos;s records are not imported again (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</source>
        <translation>De dataset &apos;%1&apos; bevat %2 records van de dataset &apos;%3&apos;, die op deze node is vergeten (fairstart-node dataset remove --forget); er is niets geïmporteerd. De node bewaart hun waarden en het verschillenregister van wat over hen is vrijgegeven niet meer, dus nieuwe vrijgaven over hen zouden met de eerdere vergeleken kunnen worden; de records van een vergeten dataset worden niet opnieuw geïmporteerd (docs/privacy-rules.md, &quot;Forgetting a dataset&quot;).</translation>
    </message>
    <message>
        <source>The values of &apos;%1&apos; and of the dataset &apos;%2&apos; at this node, in the analysis variables both hold, are those of the same records but for fewer than %3 (%4 records of the smaller one have their values, as often, in the other); nothing was imported. An extract of a few columns of &apos;%2&apos; cannot be told from its records by these values, and releases over the two could be differenced against each other to reveal a record. To replace &apos;%2&apos;, import under the name &apos;%2&apos;; to analyse part of it, use filters on it. If these are really other records, the administrator can allow it with the policy datasets_share_records = yes (audited) (docs/privacy-rules.md, &quot;Extracts of coarse columns&quot;).</source>
        <translation>De waarden van &apos;%1&apos; en van de dataset &apos;%2&apos; op deze node, in de analysevariabelen die beide bevatten, zijn die van dezelfde records op minder dan %3 na (%4 records van de kleinste hebben hun waarden, even vaak, in de andere); er is niets geïmporteerd. Een uittreksel van enkele kolommen van &apos;%2&apos; is aan deze waarden niet van de records ervan te onderscheiden, en vrijgaven over beide zouden tegen elkaar afgetrokken kunnen worden om een record te onthullen. Importeer onder de naam &apos;%2&apos; om &apos;%2&apos; te vervangen; gebruik filters om een deel ervan te analyseren. Zijn dit werkelijk andere records, dan kan de beheerder het toestaan met de policy datasets_share_records = yes (gelogd) (docs/privacy-rules.md, &quot;Extracts of coarse columns&quot;).</translation>
    </message>
    <message>
        <source>The node could not seal its sum seed for the study&apos;s sites. Tell the site administrator.</source>
        <translation>De node kon zijn somzaad niet verzegelen voor de sites van de studie. Meld dit aan de sitebeheerder.</translation>
    </message>
    <message>
        <source>The relay&apos;s sum seeds must be an array of strings, each empty or the base64 of a 72-byte sealed seed.</source>
        <translation>De somzaden van de relay moeten een array van strings zijn, elk leeg of de base64 van een verzegeld zaad van 72 bytes.</translation>
    </message>
    <message>
        <source>The manifest says &quot;relay&quot;: &quot;summed&quot;, which this node&apos;s policy turns off (summed_relay = 0; it does not list the capability). Open the study without it.</source>
        <translation>Het manifest zegt &quot;relay&quot;: &quot;summed&quot;, wat het beleid van deze node uitschakelt (summed_relay = 0; de node vermeldt de mogelijkheid niet). Open de studie zonder.</translation>
    </message>
    <message>
        <source>This study&apos;s manifest does not say &quot;relay&quot;: &quot;summed&quot;: relay every contribution, not their sum.</source>
        <translation>Het manifest van deze studie zegt niet &quot;relay&quot;: &quot;summed&quot;: relay elke bijdrage, niet hun som.</translation>
    </message>
    <message>
        <source>Only round 1 of a study whose manifest says &quot;relay&quot;: &quot;summed&quot; carries sum seeds; this relay is round %1.</source>
        <translation>Alleen ronde 1 van een studie waarvan het manifest &quot;relay&quot;: &quot;summed&quot; zegt, bevat somzaden; deze relay is ronde %1.</translation>
    </message>
    <message>
        <source>Every relay of a study whose manifest says &quot;relay&quot;: &quot;summed&quot; carries tags. Send it with its tags.</source>
        <translation>Elke relay van een studie waarvan het manifest &quot;relay&quot;: &quot;summed&quot; zegt, bevat tags. Stuur haar met haar tags.</translation>
    </message>
    <message>
        <source>Round 1 of a summed study carries every other site&apos;s sealed sum seed for this node, one per site of the study with this node&apos;s own slot empty; this relay holds %1 for %2 sites.</source>
        <translation>Ronde 1 van een gesommeerde studie bevat het verzegelde somzaad van elke andere site voor deze node, één per site van de studie met het eigen vak van deze node leeg; deze relay bevat er %1 voor %2 sites.</translation>
    </message>
    <message>
        <source>The sum seed in the slot of site &apos;%1&apos; does not open with the key only that site and this node hold: it was sealed for another site or study, or changed on the way.</source>
        <translation>Het somzaad in het vak van site &apos;%1&apos; gaat niet open met de sleutel die alleen die site en deze node hebben: het is verzegeld voor een andere site of studie, of onderweg gewijzigd.</translation>
    </message>
    <message>
        <source>The relay&apos;s fields of this node&apos;s own round-%1 contribution are not the ones it answered.</source>
        <translation>De velden in de relay van de eigen bijdrage van deze node in ronde %1 zijn niet de velden die zij antwoordde.</translation>
    </message>
    <message>
        <source>The relay holds no valid sum tag of site &apos;%1&apos; for this node (16 bytes, below 2^127 - 1).</source>
        <translation>De relay bevat geen geldige somtag van site &apos;%1&apos; voor deze node (16 bytes, onder 2^127 - 1).</translation>
    </message>
    <message>
        <source>The node could not check the sum tags. Tell the site administrator.</source>
        <translation>De node kon de somtags niet controleren. Meld dit aan de sitebeheerder.</translation>
    </message>
    <message>
        <source>The word sum of round %1 does not match the participants&apos; sum tags for this node: the sum or a field was changed, a site&apos;s words were left out or counted twice, or tags of another round, study or node were relayed.</source>
        <translation>De woordsom van ronde %1 klopt niet met de somtags van de deelnemers voor deze node: de som of een veld is gewijzigd, de woorden van een site zijn weggelaten of dubbel geteld, of er zijn tags van een andere ronde, studie of node doorgegeven.</translation>
    </message>
    <message>
        <source>The node could not tag its contribution&apos;s sum. Tell the site administrator.</source>
        <translation>De node kon de som van zijn bijdrage niet taggen. Meld dit aan de sitebeheerder.</translation>
    </message>
    <message>
        <source>This token has made the most requests this node allows per hour (%1). Wait %2 seconds before the next request, or ask the site administrator if your work needs more.</source>
        <translation>Dit token heeft het maximale aantal verzoeken gedaan dat deze node per uur toestaat (%1). Wacht %2 seconden voor het volgende verzoek, of vraag de sitebeheerder om meer als uw werk dat nodig heeft.</translation>
    </message>
    <message>
        <source>unknown --missing &apos;%1&apos;; use one of: %2.</source>
        <translation>onbekende --missing &apos;%1&apos;; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>which values are missing: scattered (default; each variable on its own) or grouped (a questionnaire not returned, a child lost to follow-up; the demo federation&apos;s, so that models on different variables are not refused for differencing)</source>
        <translation>welke waarden ontbreken: scattered (standaard; elke variabele apart) of grouped (een vragenlijst niet teruggestuurd, een kind uit de follow-up verdwenen; die van de demofederatie, zodat modellen op verschillende variabelen niet om verschillen worden geweigerd)</translation>
    </message>
    <message>
        <source>Maximum requests a token may make per hour, of any kind (refused ones count too); beyond it the node answers 429 until the budget refills.</source>
        <translation>Maximaal aantal verzoeken dat een token per uur mag doen, van welke soort ook (geweigerde tellen mee); daarboven antwoordt de node 429 tot het budget weer is aangevuld.</translation>
    </message>
    <message>
        <source>take (1) or refuse (0) the summed relay of masked model studies: from round 2 on this node gets the contributions&apos; fields, their word sum and linear tags instead of every contribution. 0 makes the node list the capability no longer, as an older node.</source>
        <translation>de gesommeerde relay van gemaskeerde modelstudies aannemen (1) of weigeren (0): vanaf ronde 2 krijgt deze node de velden van de bijdragen, hun woordsom en lineaire tags in plaats van elke bijdrage. Met 0 vermeldt de node de mogelijkheid niet meer, als een oudere node.</translation>
    </message>
    <message>
        <source>This node has answered the most requests without a known token that it allows per hour (%1). Send the header &apos;Authorization: Bearer &lt;token&gt;&apos; with a token from the site administrator, or wait %2 seconds.</source>
        <translation>Dit knooppunt heeft het maximale aantal verzoeken zonder bekend token per uur beantwoord (%1). Stuur de header &apos;Authorization: Bearer &lt;token&gt;&apos; mee met een token van de sitebeheerder, of wacht %2 seconden.</translation>
    </message>
    <message>
        <source>requests computed at once (default: the policy&apos;s &apos;threads&apos;)</source>
        <translation>verzoeken die tegelijk worden berekend (standaard: &apos;threads&apos; uit het beleid)</translation>
    </message>
    <message>
        <source>Requests the HTTPS server computes at once (further complete requests wait for one of them to finish).</source>
        <translation>Verzoeken die de HTTPS-server tegelijk berekent (verdere volledige verzoeken wachten tot er een klaar is).</translation>
    </message>
    <message>
        <source>Connections the HTTPS server holds at once, each with its own thread (in the TLS handshake, sending a request, computed, answered or kept alive). When all are taken, a new connection closes the one that has waited longest for a request.</source>
        <translation>Verbindingen die de HTTPS-server tegelijk aanhoudt, elk met een eigen thread (in de TLS-handshake, bij het verzenden van een verzoek, in berekening, bij het antwoord of opengehouden). Als ze alle bezet zijn, sluit een nieuwe verbinding de verbinding die het langst op een verzoek heeft gewacht.</translation>
    </message>
    <message>
        <source>Connections one client address (an IPv6 address: its /64) may hold that wait for a request. A further one closes that address&apos;s longest kept-alive connection, or, when it has none, is closed at once before any TLS work.</source>
        <translation>Verbindingen die op een verzoek wachten en die één clientadres (een IPv6-adres: zijn /64) mag aanhouden. Een volgende sluit de langst opengehouden verbinding van dat adres, of wordt, als het er geen heeft, meteen gesloten vóór enig TLS-werk.</translation>
    </message>
    <message>
        <source>A connection must complete its TLS handshake and each request (headers and body), and take each answer, within this many seconds, or it is closed. A request being computed has no deadline.</source>
        <translation>Een verbinding moet haar TLS-handshake en elk verzoek (headers en inhoud) voltooien, en elk antwoord afnemen, binnen dit aantal seconden; anders wordt ze gesloten. Een verzoek dat wordt berekend heeft geen termijn.</translation>
    </message>
    <message>
        <source>This node could not read the dataset from its store, so it does not answer on it now. Try again later; if it persists, tell the node&apos;s administrator (the node&apos;s log says why).</source>
        <translation>Deze node kon de dataset niet uit zijn opslag lezen en antwoordt er nu niet over. Probeer het later opnieuw; houdt het aan, meld het dan aan de beheerder van de node (het logboek van de node zegt waarom).</translation>
    </message>
    <message>
        <source>GET /v1/info takes with=catalogue only. Leave &apos;with&apos; out, or ask for the catalogue.</source>
        <translation>GET /v1/info accepteert alleen with=catalogue. Laat &apos;with&apos; weg of vraag om de catalogus.</translation>
    </message>
    <message>
        <source>The study&apos;s job expired: it was idle, reached its lifetime, or its user held more than a fair share of the node&apos;s job memory while others waited. Start a new study.</source>
        <translation>De job van de studie is verlopen: hij was inactief, bereikte zijn levensduur, of zijn gebruiker hield meer dan een eerlijk deel van het jobgeheugen van de node vast terwijl anderen wachtten. Start een nieuwe studie.</translation>
    </message>
    <message>
        <source>The node could not read the %1 of the dataset &apos;%2&apos; from its store (%3), so it does not answer on that dataset. Check the store&apos;s disk and restart the node; if it persists, import the dataset again.</source>
        <translation>De node kon de %1 van de dataset &apos;%2&apos; niet uit zijn opslag lezen (%3) en antwoordt dus niet over die dataset. Controleer de schijf van de opslag en herstart de node; houdt het aan, importeer de dataset dan opnieuw.</translation>
    </message>
    <message>
        <source>The %1 of the dataset &apos;%2&apos; in the node&apos;s store are not what this version wrote, so it does not answer on that dataset. Import the dataset again.</source>
        <translation>De %1 van de dataset &apos;%2&apos; in de opslag van de node zijn niet wat deze versie schreef; de node antwoordt dus niet over die dataset. Importeer de dataset opnieuw.</translation>
    </message>
    <message>
        <source>fact records</source>
        <translation>feitrecords</translation>
    </message>
    <message>
        <source>held records</source>
        <translation>achtergehouden records</translation>
    </message>
    <message>
        <source>removed records&apos; facts</source>
        <translation>feiten van verwijderde records</translation>
    </message>
    <message>
        <source>frozen histogram steps</source>
        <translation>bevroren histogramstappen</translation>
    </message>
    <message>
        <source>The dataset &apos;%1&apos; shares records with &apos;%2&apos; (datasets_share_records = yes): the node removed from it the records this import removed or changed (%3; generation %4), and merged the differencing ledgers of the two, so that no release over either differs from an earlier one by those records (docs/privacy-rules.md, &quot;Datasets that share records, after an erasure&quot;). Re-import &apos;%1&apos; with its corrected records if it should hold them.</source>
        <translation>De dataset &apos;%1&apos; deelt records met &apos;%2&apos; (datasets_share_records = yes): de node heeft eruit verwijderd wat deze import verwijderde of wijzigde (%3; generatie %4) en de verschilregisters van beide samengevoegd, zodat geen vrijgave over een van beide van een eerdere verschilt door die records (docs/privacy-rules.md, &quot;Datasets that share records, after an erasure&quot;). Importeer &apos;%1&apos; opnieuw met de gecorrigeerde records als die ze moet bevatten.</translation>
    </message>
    <message>
        <source>yes (1) or no (0): with datasets_share_records = yes, a re-import that removes or changes records also removes the removed versions from every other dataset that shares records with it and merges their differencing ledgers. With no the datasets stay independent (a test bench of separate worlds), and after an erasure in one the same release over the other can reveal the erased record.</source>
        <translation>ja (1) of nee (0): met datasets_share_records = yes verwijdert een herimport die records verwijdert of wijzigt de verwijderde versies ook uit elke andere dataset die records met haar deelt, en voegt hun verschilregisters samen. Met nee blijven de datasets onafhankelijk (een testopstelling van gescheiden werelden), en na een wissing in de ene kan dezelfde vrijgave over de andere het gewiste record onthullen.</translation>
    </message>
    <message>
        <source>The body must be a request batch: send Content-Type: application/x-fairstart-batch.</source>
        <translation>De body moet een bundel verzoeken zijn: stuur Content-Type: application/x-fairstart-batch.</translation>
    </message>
    <message>
        <source>A batch cannot hold another batch. Send its parts in the outer batch.</source>
        <translation>Een bundel kan geen andere bundel bevatten. Stuur de delen ervan in de buitenste bundel.</translation>
    </message>
    <message>
        <source>The request batch cannot be read; nothing in it was done. Send it as docs/protocol.md describes (&quot;Requests in one batch&quot;).</source>
        <translation>De bundel verzoeken is onleesbaar; er is niets van uitgevoerd. Stuur hem zoals docs/protocol.md beschrijft (&quot;Requests in one batch&quot;).</translation>
    </message>
    <message>
        <source>A batch holds only the steps of a study (opening a job, its signatures, its rounds, its site fit); nothing in it was done. Send other requests on their own.</source>
        <translation>Een bundel bevat alleen de stappen van een studie (een job openen, zijn handtekeningen, zijn rondes, zijn fit per site); er is niets van uitgevoerd. Stuur andere verzoeken apart.</translation>
    </message>
    <message>
        <source>This part of the batch was not run because part %1 was refused; nothing was done for it. Send it again once that part succeeds.</source>
        <translation>Dit deel van de bundel is niet uitgevoerd omdat deel %1 werd geweigerd; er is niets voor gedaan. Stuur het opnieuw zodra dat deel slaagt.</translation>
    </message>
    <message>
        <source>This node takes no request batches (its policy says batch = 0, and its info lists no capability &apos;batch&apos;). Send each step as a request of its own.</source>
        <translation>Deze node neemt geen verzoekbundels aan (haar beleid zegt batch = 0 en haar info noemt geen mogelijkheid &apos;batch&apos;). Stuur elke stap als een eigen verzoek.</translation>
    </message>
    <message>
        <source>take (1) or refuse (0) request batches (POST /v1/batch: a few steps of a study&apos;s flow in one request, each run as the request it is). 0 makes the node list the capability no longer and answer a batch 404, as an older node; clients then send each step alone.</source>
        <translation>verzoekbundels aannemen (1) of weigeren (0) (POST /v1/batch: enkele stappen van het verloop van een studie in één verzoek, elk uitgevoerd als het verzoek dat het is). Met 0 noemt de node de mogelijkheid niet meer en beantwoordt een bundel met 404, zoals een oudere node; clients sturen dan elke stap afzonderlijk.</translation>
    </message>
    <message>
        <source>The request&apos;s Content-Length is not one number of bytes. Send one Content-Length header with the body&apos;s size in decimal digits.</source>
        <translation>De Content-Length van het verzoek is niet één aantal bytes. Stuur één Content-Length-header met de grootte van de body in decimale cijfers.</translation>
    </message>
    <message>
        <source>An empty list of audit entries was given; nothing was written. Tell the developers.</source>
        <translation>Er werd een lege lijst auditregels gegeven; er is niets geschreven. Meld dit aan de ontwikkelaars.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open the site store in %1. Check FAIRSTART_NODE_PASSPHRASE or --passphrase-file. If the passphrase is right, the store file is damaged: keep it as it is and restore the data dir from a backup.</source>
        <translation>Verkeerde wachtwoordzin: deze opent de siteopslag in %1 niet. Controleer FAIRSTART_NODE_PASSPHRASE of --passphrase-file. Als de wachtwoordzin juist is, is het opslagbestand beschadigd: laat het zoals het is en zet de datamap terug uit een back-up.</translation>
    </message>
    <message>
        <source>(default; not in policy.conf)</source>
        <translation>(standaard; niet in policy.conf)</translation>
    </message>
    <message>
        <source>%1 line %2 ends without a line break: the file may have been cut short, and a value cut short can still be a valid one (min_cohort = 100 cut to 10). Check the line against a backup or your records, then end it with a line break, or run &apos;fairstart-node policy set %3 VALUE&apos;.</source>
        <translation>%1 regel %2 eindigt zonder regeleinde: het bestand is mogelijk afgekapt, en een afgekapte waarde kan nog steeds geldig zijn (min_cohort = 100 afgekapt tot 10). Controleer de regel met een back-up of uw eigen gegevens, en sluit hem dan af met een regeleinde, of voer &apos;fairstart-node policy set %3 WAARDE&apos; uit.</translation>
    </message>
    <message>
        <source>warning: policy.conf does not set %1, which therefore take their defaults. A policy file cut short loses its last lines this way: if you had set any of them, restore the file from a backup. To keep a default, write it in the file (&apos;fairstart-node policy set KEY VALUE&apos;); then this warning ends.</source>
        <translation>waarschuwing: policy.conf stelt %1 niet in; deze krijgen daarom hun standaardwaarde. Zo verliest een afgekapt beleidsbestand zijn laatste regels: als u een ervan had ingesteld, zet het bestand dan terug uit een back-up. Wilt u een standaardwaarde houden, schrijf die dan in het bestand (&apos;fairstart-node policy set SLEUTEL WAARDE&apos;); dan verdwijnt deze waarschuwing.</translation>
    </message>
    <message>
        <source>Maximum atoms one user&apos;s releases may add to a dataset import&apos;s differencing ledger (of its 20,000 for all users). A release that would split the records further beyond it is refused for that user only; repeating released cohorts stays possible. Lowering it only refuses more.</source>
        <translation>Maximaal aantal atomen dat de vrijgaven van één gebruiker mogen toevoegen aan het differencing-grootboek van een import van een dataset (van de 20.000 voor alle gebruikers samen). Een vrijgave die de records verder zou opdelen, wordt dan alleen voor die gebruiker geweigerd; al vrijgegeven cohorten herhalen blijft mogelijk. Verlagen weigert alleen meer.</translation>
    </message>
    <message>
        <source>This store keeps no charges of the differencing ledger; nothing was released. Tell the developers.</source>
        <translation>Deze opslag houdt geen tellingen van het differencing-grootboek bij; er is niets vrijgegeven. Meld dit aan de ontwikkelaars.</translation>
    </message>
    <message>
        <source>This store keeps no charges of the differencing ledger; nothing was recorded or released. Tell the developers.</source>
        <translation>Deze opslag houdt geen tellingen van het differencing-grootboek bij; er is niets vastgelegd of vrijgegeven. Meld dit aan de ontwikkelaars.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Ui</name>
    <message>
        <source>About Fairstart</source>
        <translation>Over Fairstart</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fairstart Workbench %1&lt;/h3&gt;&lt;p&gt;Federated analysis of child-health data: the analysis travels to the data, only checked aggregates come back.&lt;/p&gt;&lt;p&gt;Statistics engine %2 · protocol %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fairstart Workbench %1&lt;/h3&gt;&lt;p&gt;Gefedereerde analyse van gegevens over de gezondheid van kinderen: de analyse reist naar de gegevens, alleen gecontroleerde aggregaten komen terug.&lt;/p&gt;&lt;p&gt;Rekenkern %2 · protocol %3&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numeriek</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>categorisch</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nee</translation>
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
        <translation>%1 is bij sommige sites numeriek en bij andere categorisch: overleg met de beheerders van de sites voordat u haar gebruikt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 van %n site</numerusform>
            <numerusform>%1 van %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabele</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>niet vrijgegeven</translation>
    </message>
    <message>
        <source>Withheld by the area: fewer than %1 records.</source>
        <translation>Achtergehouden door het gebied: minder dan %1 records.</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>achtergehouden</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Records with a value</source>
        <translation>Records met een waarde</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Grafiek exporteren…</translation>
    </message>
    <message>
        <source>Export the chart as PNG, SVG or PDF</source>
        <translation>Exporteer de grafiek als PNG, SVG of PDF</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>&amp;Tabel exporteren…</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporteer de tabel als CSV</translation>
    </message>
    <message>
        <source>Indicator per area</source>
        <translation>Indicator per gebied</translation>
    </message>
    <message>
        <source>Indicator table</source>
        <translation>Indicatortabel</translation>
    </message>
    <message>
        <source>About suppression</source>
        <translation>Over onderdrukking</translation>
    </message>
    <message>
        <source>No indicator released</source>
        <translation>Geen indicator vrijgegeven</translation>
    </message>
    <message>
        <source>%1 = %2 per area</source>
        <translation>%1 = %2 per gebied</translation>
    </message>
    <message>
        <source>Hatched bars: the area withheld the count because it is below its threshold; the rate lies somewhere in the hatched range. Totals over areas are not shown, because they would reveal withheld counts.</source>
        <translation>Gearceerde staven: het gebied hield het aantal achter omdat het onder de drempel ligt; het percentage ligt ergens in het gearceerde bereik. Totalen over gebieden worden niet getoond, omdat ze achtergehouden aantallen zouden onthullen.</translation>
    </message>
    <message>
        <source>Every area released this indicator.</source>
        <translation>Elk gebied heeft deze indicator vrijgegeven.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Predictor</source>
        <translation>Voorspeller</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interactie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohort</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>predictor</source>
        <translation>voorspeller</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interactie</translation>
    </message>
    <message>
        <source>fitted model</source>
        <translation>geschat model</translation>
    </message>
    <message>
        <source>Cohort: everyone</source>
        <translation>Cohort: iedereen</translation>
    </message>
    <message numerus="yes">
        <source>Cohort: %n filter(s)</source>
        <translation>
            <numerusform>Cohort: %n filter</numerusform>
            <numerusform>Cohort: %n filters</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome: not chosen</source>
        <translation>Uitkomst: niet gekozen</translation>
    </message>
    <message>
        <source>Outcome: %1 &gt; %2</source>
        <translation>Uitkomst: %1 &gt; %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Uitkomst: %1</translation>
    </message>
    <message>
        <source>Predictor: not chosen</source>
        <translation>Voorspeller: niet gekozen</translation>
    </message>
    <message>
        <source>Predictor: %1</source>
        <translation>Voorspeller: %1</translation>
    </message>
    <message>
        <source>Model: logistic</source>
        <translation>Model: logistisch</translation>
    </message>
    <message>
        <source>Model: Poisson</source>
        <translation>Model: Poisson</translation>
    </message>
    <message>
        <source>Model: linear</source>
        <translation>Model: lineair</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbinding verbreken</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n block(s)</source>
        <translation>
            <numerusform>%n blok verwijderen</numerusform>
            <numerusform>%n blokken verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the two blocks no longer exists.</source>
        <translation>Een van de twee blokken bestaat niet meer.</translation>
    </message>
    <message>
        <source>A block cannot be connected to itself.</source>
        <translation>Een blok kan niet met zichzelf worden verbonden.</translation>
    </message>
    <message>
        <source>These blocks have no such connection point.</source>
        <translation>Deze blokken hebben zo&apos;n aansluitpunt niet.</translation>
    </message>
    <message>
        <source>Connect an output (right side) to an input (left side).</source>
        <translation>Verbind een uitgang (rechterkant) met een ingang (linkerkant).</translation>
    </message>
    <message>
        <source>A %1 cannot go into the %2 input of the %3: connect it to a matching input.</source>
        <translation>Een %1 kan niet in de ingang %2 van het blok %3: verbind haar met een passende ingang.</translation>
    </message>
    <message>
        <source>These two blocks are already connected.</source>
        <translation>Deze twee blokken zijn al verbonden.</translation>
    </message>
    <message>
        <source>The %1 input of the %2 is already in use: remove its link first.</source>
        <translation>De ingang %1 van het blok %2 is al in gebruik: verwijder eerst die verbinding.</translation>
    </message>
    <message>
        <source>An interaction needs two different predictors.</source>
        <translation>Een interactie heeft twee verschillende voorspellers nodig.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 toevoegen</translation>
    </message>
    <message>
        <source>Replace design</source>
        <translation>Ontwerp vervangen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n block(s)</source>
        <translation>
            <numerusform>%n blok plakken</numerusform>
            <numerusform>%n blokken plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>A block has no valid kind or id.</source>
        <translation>Een blok heeft geen geldig soort of id.</translation>
    </message>
    <message>
        <source>The predictor &apos;%1&apos; has an unknown transformation &apos;%2&apos;.</source>
        <translation>De voorspeller &apos;%1&apos; heeft een onbekende transformatie &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The model has an unknown family &apos;%1&apos;.</source>
        <translation>Het model heeft een onbekende familie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This is not a Fairstart design (the &quot;format&quot; field is missing or different). Open a design saved by Fairstart.</source>
        <translation>Dit is geen Fairstart-ontwerp (het veld &quot;format&quot; ontbreekt of is anders). Open een ontwerp dat met Fairstart is opgeslagen.</translation>
    </message>
    <message>
        <source>This design was saved by a newer Fairstart (format version %1). Update Fairstart to open it.</source>
        <translation>Dit ontwerp is opgeslagen met een nieuwere Fairstart (formaatversie %1). Werk Fairstart bij om het te openen.</translation>
    </message>
    <message>
        <source>Two blocks share the id %1: the design file is damaged.</source>
        <translation>Twee blokken hebben hetzelfde id %1: het ontwerpbestand is beschadigd.</translation>
    </message>
    <message>
        <source>The design has more than one model block: the design file is damaged.</source>
        <translation>Het ontwerp heeft meer dan één modelblok: het ontwerpbestand is beschadigd.</translation>
    </message>
    <message>
        <source>A link of the design is not valid: %1</source>
        <translation>Een verbinding in het ontwerp is niet geldig: %1</translation>
    </message>
    <message>
        <source>Problems of the design</source>
        <translation>Problemen in het ontwerp</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>The same model as an R formula (read-only). Filters and the ridge penalty are not part of a formula.</source>
        <translation>Hetzelfde model als R-formule (alleen lezen). Filters en de ridge-straf maken geen deel uit van een formule.</translation>
    </message>
    <message>
        <source>Design as JSON</source>
        <translation>Ontwerp als JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>No problems found: the design can be run.</source>
        <translation>Geen problemen gevonden: het ontwerp kan worden uitgevoerd.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message>
        <source>(choose an outcome first)</source>
        <translation>(kies eerst een uitkomst)</translation>
    </message>
    <message>
        <source>A design has one model block.</source>
        <translation>Een ontwerp heeft één modelblok.</translation>
    </message>
    <message>
        <source>Select exactly two predictors to add their interaction.</source>
        <translation>Selecteer precies twee voorspellers om hun interactie toe te voegen.</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>Interactie toevoegen</translation>
    </message>
    <message>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <source>predictors</source>
        <translation>voorspellers</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>interacties</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>fit</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>niet compleet</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>A threshold turns the outcome &apos;%1&apos; into yes/no: choose the logistic model or remove the threshold.</source>
        <translation>Een drempel maakt van de uitkomst &apos;%1&apos; een ja/nee-uitkomst: kies het logistische model of verwijder de drempel.</translation>
    </message>
    <message>
        <source>A predictor has no variable: choose one in its properties or delete the block.</source>
        <translation>Een voorspeller heeft geen variabele: kies er een in de eigenschappen of verwijder het blok.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a predictor more than once: delete one of the blocks.</source>
        <translation>&apos;%1&apos; is meer dan eens een voorspeller: verwijder een van de blokken.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the outcome and a predictor: delete the predictor.</source>
        <translation>&apos;%1&apos; is zowel de uitkomst als een voorspeller: verwijder de voorspeller.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the offset and a predictor: use it in one role only.</source>
        <translation>&apos;%1&apos; is zowel de offset als een voorspeller: gebruik haar in één rol.</translation>
    </message>
    <message>
        <source>The spline of &apos;%1&apos; has %2 knots: choose between 3 and 7.</source>
        <translation>De spline van &apos;%1&apos; heeft %2 knopen: kies tussen 3 en 7.</translation>
    </message>
    <message>
        <source>The bounds for winsorising &apos;%1&apos; must be two numbers with the lower below the upper: correct them.</source>
        <translation>De grenzen voor het winsoriseren van &apos;%1&apos; moeten twee getallen zijn met de ondergrens onder de bovengrens: corrigeer ze.</translation>
    </message>
    <message>
        <source>An interaction needs two predictors: connect a predictor to each of its inputs or delete it.</source>
        <translation>Een interactie heeft twee voorspellers nodig: verbind een voorspeller met elk van haar ingangen of verwijder haar.</translation>
    </message>
    <message>
        <source>The interaction %1:%2 uses &apos;%3&apos;, which is not connected to the model as a predictor: connect &apos;%3&apos; to the model too.</source>
        <translation>De interactie %1:%2 gebruikt &apos;%3&apos;, die niet als voorspeller met het model is verbonden: verbind &apos;%3&apos; ook met het model.</translation>
    </message>
    <message>
        <source>The interaction %1:%2 is there twice: delete one.</source>
        <translation>De interactie %1:%2 staat er twee keer in: verwijder er een.</translation>
    </message>
    <message>
        <source>A filter has no variable: choose one or remove the filter.</source>
        <translation>Een filter heeft geen variabele: kies er een of verwijder het filter.</translation>
    </message>
    <message>
        <source>The filter on &apos;%1&apos; has its minimum above its maximum, so no record could pass: correct the bounds.</source>
        <translation>Het filter op &apos;%1&apos; heeft een minimum boven het maximum, dus geen enkel record komt erdoor: corrigeer de grenzen.</translation>
    </message>
    <message>
        <source>The filter on &apos;%1&apos; sets no bounds and no values: set one or remove the filter.</source>
        <translation>Het filter op &apos;%1&apos; stelt geen grenzen en geen waarden in: stel er een in of verwijder het filter.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both the outcome and the offset: choose another offset.</source>
        <translation>&apos;%1&apos; is zowel de uitkomst als de offset: kies een andere offset.</translation>
    </message>
    <message>
        <source>The ridge penalty must be zero or a positive number.</source>
        <translation>De ridge-straf moet nul of een positief getal zijn.</translation>
    </message>
    <message>
        <source>The design has no model block: add one with Design ▸ Add block ▸ Model.</source>
        <translation>Het ontwerp heeft geen modelblok: voeg er een toe met Ontwerp ▸ Blok toevoegen ▸ Model.</translation>
    </message>
    <message>
        <source>The model has no outcome: choose the outcome&apos;s variable and connect the outcome block to the model.</source>
        <translation>Het model heeft geen uitkomst: kies de variabele van de uitkomst en verbind het uitkomstblok met het model.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not connected to the model, so it is left out: connect it or delete it.</source>
        <translation>&apos;%1&apos; is niet met het model verbonden en blijft dus buiten beschouwing: verbind of verwijder het.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available at %2: choose another variable or leave %2 out of the run.</source>
        <translation>&apos;%1&apos; is niet beschikbaar bij %2: kies een andere variabele of laat %2 buiten de analyse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is categorical at %2, so it cannot be transformed with a log, standardisation, spline or winsorising: treat it as categorical.</source>
        <translation>&apos;%1&apos; is categorisch bij %2 en kan dus niet worden getransformeerd met een log, standaardisatie, spline of winsorisatie: behandel haar als categorisch.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is numeric at %2: use it as a number (as is, log, standardised, spline) instead of as categorical.</source>
        <translation>&apos;%1&apos; is numeriek bij %2: gebruik haar als getal (zoals ze is, log, gestandaardiseerd, spline) in plaats van als categorisch.</translation>
    </message>
    <message>
        <source>Level &apos;%1&apos; of &apos;%2&apos; has fewer than %3 records at %4, so the node will refuse the model: merge the level with another, filter it out, or leave %4 out.</source>
        <translation>Niveau &apos;%1&apos; van &apos;%2&apos; heeft minder dan %3 records bij %4, dus de node zal het model weigeren: voeg het niveau samen met een ander, filter het weg, of laat %4 buiten de analyse.</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; is categorical at %2: an offset must be a number.</source>
        <translation>De offset &apos;%1&apos; is categorisch bij %2: een offset moet een getal zijn.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; has %2 levels at %3; a logistic model needs exactly two: choose a yes/no outcome.</source>
        <translation>De uitkomst &apos;%1&apos; heeft %2 niveaus bij %3; een logistisch model heeft er precies twee nodig: kies een ja/nee-uitkomst.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; is categorical at %2: a threshold or a Poisson or linear model needs a numeric outcome.</source>
        <translation>De uitkomst &apos;%1&apos; is categorisch bij %2: een drempel of een Poisson- of lineair model heeft een numerieke uitkomst nodig.</translation>
    </message>
    <message>
        <source>At %1 the rarer outcome class has about %2 records for %3 parameters; the node needs at least %4 per parameter: use fewer predictors or levels, or leave %1 out.</source>
        <translation>Bij %1 heeft de zeldzaamste uitkomstklasse ongeveer %2 records voor %3 parameters; de node eist er minstens %4 per parameter: gebruik minder voorspellers of niveaus, of laat %1 buiten de analyse.</translation>
    </message>
    <message>
        <source>Design canvas</source>
        <translation>Ontwerpcanvas</translation>
    </message>
    <message>
        <source>The model as blocks. Drag variables here from the catalogue; drag from an output on the right of a block to an input on the left of another to connect them. Tab selects the next block, the arrow keys move it, Delete removes it.</source>
        <translation>Het model als blokken. Sleep variabelen hierheen vanuit de catalogus; sleep van een uitgang rechts van een blok naar een ingang links van een ander om ze te verbinden. Tab selecteert het volgende blok, de pijltjestoetsen verplaatsen het, Delete verwijdert het.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) selected</source>
        <translation>
            <numerusform>%n blok geselecteerd</numerusform>
            <numerusform>%n blokken geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connected to the model</source>
        <translation>&amp;Verbonden met het model</translation>
    </message>
    <message>
        <source>Connected to the model</source>
        <translation>Verbonden met het model</translation>
    </message>
    <message>
        <source>Select a block on the canvas to see and change its settings.</source>
        <translation>Selecteer een blok op het canvas om de instellingen te zien en te wijzigen.</translation>
    </message>
    <message>
        <source>(choose a variable)</source>
        <translation>(kies een variabele)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only records that pass every filter are used. A numeric filter keeps values from minimum to maximum; a categorical one keeps the listed levels (separated by commas).</source>
        <translation>Alleen records die door elk filter komen worden gebruikt. Een numeriek filter houdt waarden van minimum tot maximum; een categorisch filter houdt de genoemde niveaus (gescheiden door komma&apos;s).</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
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
        <translation>Filter &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove filter</source>
        <translation>Filter &amp;verwijderen</translation>
    </message>
    <message>
        <source>Outcome variable</source>
        <translation>Uitkomstvariabele</translation>
    </message>
    <message>
        <source>Yes when above a &amp;threshold</source>
        <translation>Ja als boven een &amp;drempel</translation>
    </message>
    <message>
        <source>Yes when above a threshold</source>
        <translation>Ja als boven een drempel</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>&amp;Variable:</source>
        <translation>&amp;Variabele:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>&amp;Drempel:</translation>
    </message>
    <message>
        <source>Predictor variable</source>
        <translation>Voorspellervariabele</translation>
    </message>
    <message>
        <source>Transformation</source>
        <translation>Transformatie</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Zoals ze is</translation>
    </message>
    <message>
        <source>Natural log</source>
        <translation>Natuurlijke logaritme</translation>
    </message>
    <message>
        <source>Standardised (federated mean and SD)</source>
        <translation>Gestandaardiseerd (gefedereerd gemiddelde en SD)</translation>
    </message>
    <message>
        <source>Restricted cubic spline</source>
        <translation>Beperkte kubische spline</translation>
    </message>
    <message>
        <source>Winsorised</source>
        <translation>Gewinsoriseerd</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categorisch</translation>
    </message>
    <message>
        <source>Number of knots</source>
        <translation>Aantal knopen</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Ondergrens</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Bovengrens</translation>
    </message>
    <message>
        <source>Reference level</source>
        <translation>Referentieniveau</translation>
    </message>
    <message>
        <source>&amp;Transformation:</source>
        <translation>&amp;Transformatie:</translation>
    </message>
    <message>
        <source>&amp;Knots:</source>
        <translation>&amp;Knopen:</translation>
    </message>
    <message>
        <source>&amp;Lower bound:</source>
        <translation>&amp;Ondergrens:</translation>
    </message>
    <message>
        <source>&amp;Upper bound:</source>
        <translation>&amp;Bovengrens:</translation>
    </message>
    <message>
        <source>&amp;Reference level:</source>
        <translation>&amp;Referentieniveau:</translation>
    </message>
    <message>
        <source>First predictor</source>
        <translation>Eerste voorspeller</translation>
    </message>
    <message>
        <source>Second predictor</source>
        <translation>Tweede voorspeller</translation>
    </message>
    <message>
        <source>An interaction lets the effect of one predictor depend on another. Both must also be predictors of the model.</source>
        <translation>Met een interactie mag het effect van de ene voorspeller afhangen van een andere. Beide moeten ook voorspellers van het model zijn.</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Eerste:</translation>
    </message>
    <message>
        <source>&amp;Second:</source>
        <translation>&amp;Tweede:</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Modelfamilie</translation>
    </message>
    <message>
        <source>Logistic (yes/no outcome)</source>
        <translation>Logistisch (ja/nee-uitkomst)</translation>
    </message>
    <message>
        <source>Poisson (counts)</source>
        <translation>Poisson (aantallen)</translation>
    </message>
    <message>
        <source>Linear (continuous outcome)</source>
        <translation>Lineair (continue uitkomst)</translation>
    </message>
    <message>
        <source>Ridge penalty</source>
        <translation>Ridge-straf</translation>
    </message>
    <message>
        <source>L2 penalty on the coefficients; 0 fits a plain model.</source>
        <translation>L2-straf op de coëfficiënten; 0 geeft een gewoon model.</translation>
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
        <translation>&amp;Ridge-straf:</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Offset:</translation>
    </message>
    <message>
        <source>&amp;Discrimination (AUC with 95% CI)</source>
        <translation>&amp;Discriminatie (AUC met 95%-BI)</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminatie</translation>
    </message>
    <message>
        <source>&amp;Brier score</source>
        <translation>&amp;Brier-score</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-score</translation>
    </message>
    <message>
        <source>&amp;Calibration (intercept and slope)</source>
        <translation>&amp;Kalibratie (intercept en helling)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibratie</translation>
    </message>
    <message>
        <source>&amp;Per-site breakdown</source>
        <translation>&amp;Uitsplitsing per site</translation>
    </message>
    <message>
        <source>Per-site breakdown</source>
        <translation>Uitsplitsing per site</translation>
    </message>
    <message>
        <source>Risk thresholds</source>
        <translation>Risicodrempels</translation>
    </message>
    <message>
        <source>Risk &amp;thresholds:</source>
        <translation>Risico&amp;drempels:</translation>
    </message>
    <message>
        <source>Change interaction</source>
        <translation>Interactie wijzigen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Not complete yet.</source>
        <translation>Nog niet compleet.</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Klaar om uit te voeren.</translation>
    </message>
    <message>
        <source>Ran with these settings.</source>
        <translation>Uitgevoerd met deze instellingen.</translation>
    </message>
    <message>
        <source>(first level)</source>
        <translation>(eerste niveau)</translation>
    </message>
    <message>
        <source>(choose a predictor)</source>
        <translation>(kies een voorspeller)</translation>
    </message>
    <message>
        <source>(no offset)</source>
        <translation>(geen offset)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. The workspace is encrypted with it; without it nobody, including you, can open the file again.</source>
        <translation>Kies een wachtwoordzin voor %1. De werkruimte wordt ermee versleuteld; zonder deze zin kan niemand, ook u niet, het bestand nog openen.</translation>
    </message>
    <message>
        <source>%1 was locked after a period without activity. Enter its passphrase to continue.</source>
        <translation>%1 is vergrendeld na een periode zonder activiteit. Voer de wachtwoordzin in om verder te gaan.</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>Voer de wachtwoordzin van %1 in.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>Use at least 8 characters; a few words are easier to remember.</source>
        <translation>Gebruik ten minste 8 tekens; een paar woorden zijn makkelijker te onthouden.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>De twee wachtwoordzinnen verschillen: typ twee keer dezelfde.</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Site toevoegen</translation>
    </message>
    <message>
        <source>Enter what the site&apos;s administrator gave you: the address of the node, its certificate pin and your token.</source>
        <translation>Voer in wat de beheerder van de site u gaf: het adres van de node, de certificaatpin en uw token.</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Sitenaam</translation>
    </message>
    <message>
        <source>e.g. jgz-utrecht</source>
        <translation>bijv. jgz-utrecht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>Certificaatpin</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>I &amp;compared this pin with the one the administrator gave me</source>
        <translation>Ik heb deze pin &amp;vergeleken met die van de beheerder</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>Site &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
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
        <translation>Pin om te vergelijken: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Save the design automatically while I work</source>
        <translation>Het ontwerp &amp;automatisch opslaan terwijl ik werk</translation>
    </message>
    <message>
        <source>Lock the workspace after minutes without activity</source>
        <translation>Vergrendel de werkruimte na zoveel minuten zonder activiteit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A new language takes effect when Fairstart starts again.</source>
        <translation>Een nieuwe taal werkt zodra Fairstart opnieuw start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Vergrendelen &amp;na:</translation>
    </message>
    <message>
        <source>Zoom 100%</source>
        <translation>Zoom 100%</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before running</source>
        <translation>
            <numerusform>Nog %n probleem op te lossen vóór uitvoeren</numerusform>
            <numerusform>Nog %n problemen op te lossen vóór uitvoeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to run (%n warning(s))</source>
        <translation>
            <numerusform>Klaar om uit te voeren (%n waarschuwing)</numerusform>
            <numerusform>Klaar om uit te voeren (%n waarschuwingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to run</source>
        <translation>Klaar om uit te voeren</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Werkruimte &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Werkruimte &amp;sluiten</translation>
    </message>
    <message>
        <source>Open &amp;Demo Federation</source>
        <translation>&amp;Demofederatie openen</translation>
    </message>
    <message>
        <source>New &amp;Design</source>
        <translation>Nieuw on&amp;twerp</translation>
    </message>
    <message>
        <source>&amp;Save Design Version</source>
        <translation>Ontwerpversie o&amp;pslaan</translation>
    </message>
    <message>
        <source>&amp;Export Design…</source>
        <translation>Ontwerp &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import Design…</source>
        <translation>Ontwerp &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit Design</source>
        <translation>Ontwerp &amp;passend maken</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Indeling &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Run on Sites…</source>
        <translation>&amp;Uitvoeren op sites…</translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation>Site &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove Site</source>
        <translation>Site &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Check Sites</source>
        <translation>Sites &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Interaction of Selected Predictors</source>
        <translation>&amp;Interactie van geselecteerde voorspellers</translation>
    </message>
    <message>
        <source>&amp;About Fairstart</source>
        <translation>&amp;Over Fairstart</translation>
    </message>
    <message>
        <source>Demo federation</source>
        <translation>Demofederatie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Ontwerp</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Blok toevoegen</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Site toevoegen…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Search variables, labels and levels</source>
        <translation>Zoek in variabelen, labels en niveaus</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Doorzoek de catalogus</translation>
    </message>
    <message>
        <source>Variable catalogue</source>
        <translation>Variabelencatalogus</translation>
    </message>
    <message>
        <source>Select a variable in the catalogue first.</source>
        <translation>Selecteer eerst een variabele in de catalogus.</translation>
    </message>
    <message>
        <source>Add as &amp;predictor</source>
        <translation>Toevoegen als &amp;voorspeller</translation>
    </message>
    <message>
        <source>Add as o&amp;utcome</source>
        <translation>Toevoegen als &amp;uitkomst</translation>
    </message>
    <message>
        <source>Drag a variable onto the canvas (hold Shift for the outcome), or select it and press Enter.</source>
        <translation>Sleep een variabele naar het canvas (houd Shift ingedrukt voor de uitkomst), of selecteer haar en druk op Enter.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Uitvoeringen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Verzoekenlogboek</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Keten controleren</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fairstart Workbench&lt;/h1&gt;&lt;p&gt;Design a risk model, run it where the data are, and read back only checked aggregates.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fairstart Workbench&lt;/h1&gt;&lt;p&gt;Ontwerp een risicomodel, voer het uit waar de gegevens zijn, en lees alleen gecontroleerde aggregaten terug.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An encrypted file for your designs, sites, runs and results.</source>
        <translation>Een versleuteld bestand voor uw ontwerpen, sites, analyses en resultaten.</translation>
    </message>
    <message>
        <source>Continue where you left off.</source>
        <translation>Ga verder waar u gebleven was.</translation>
    </message>
    <message>
        <source>Open demo federation</source>
        <translation>Demofederatie openen</translation>
    </message>
    <message>
        <source>Three synthetic sites started by &apos;make demo&apos;.</source>
        <translation>Drie synthetische sites, gestart door &apos;make demo&apos;.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recente werkruimtes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recente werkruimtes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>demo federation (not saved)</source>
        <translation>demofederatie (niet opgeslagen)</translation>
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
        <translation>Nog geen werkruimte geopend.</translation>
    </message>
    <message>
        <source>Saved automatically (version %1).</source>
        <translation>Automatisch opgeslagen (versie %1).</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Naamloos ontwerp</translation>
    </message>
    <message>
        <source>The design &apos;%1&apos; could not be read: %2</source>
        <translation>Het ontwerp &apos;%1&apos; kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Opened &apos;%1&apos;, version %2 of %3.</source>
        <translation>&apos;%1&apos; geopend, versie %2 van %3.</translation>
    </message>
    <message>
        <source>Fairstart workspaces (*.fairstart)</source>
        <translation>Fairstart-werkruimtes (*.fairstart)</translation>
    </message>
    <message>
        <source>%1 no longer exists. It may have been moved or deleted; open it from its new place.</source>
        <translation>%1 bestaat niet meer. Het is misschien verplaatst of verwijderd; open het vanaf de nieuwe plek.</translation>
    </message>
    <message>
        <source>There is no demo federation running: %1 does not exist. Run &apos;make demo&apos; in the source folder first; it starts three local sites and opens the workbench on them.</source>
        <translation>Er draait geen demofederatie: %1 bestaat niet. Voer eerst &apos;make demo&apos; uit in de bronmap; dat start drie lokale sites en opent de werkbank daarop.</translation>
    </message>
    <message>
        <source>The demo sites file could not be used: %1</source>
        <translation>Het sitesbestand van de demo kon niet worden gebruikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo federation: %n site(s). Designs are not saved until you create a workspace (File ▸ New Workspace).</source>
        <translation>
            <numerusform>Demofederatie: %n site. Ontwerpen worden pas opgeslagen als u een werkruimte aanmaakt (Bestand ▸ Nieuwe werkruimte).</numerusform>
            <numerusform>Demofederatie: %n sites. Ontwerpen worden pas opgeslagen als u een werkruimte aanmaakt (Bestand ▸ Nieuwe werkruimte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a workspace or the demo federation first.</source>
        <translation>Open eerst een werkruimte of de demofederatie.</translation>
    </message>
    <message>
        <source>Untitled design %1</source>
        <translation>Naamloos ontwerp %1</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Ontwerp opslaan</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Opgeslagen als versie %1.</translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>Geen wijzigingen sinds versie %1.</translation>
    </message>
    <message>
        <source>Export design</source>
        <translation>Ontwerp exporteren</translation>
    </message>
    <message>
        <source>Fairstart models (*.fsmodel)</source>
        <translation>Fairstart-modellen (*.fsmodel)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Import design</source>
        <translation>Ontwerp importeren</translation>
    </message>
    <message>
        <source>Select a site in the Sites panel first.</source>
        <translation>Selecteer eerst een site in het paneel Sites.</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Site verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from this workspace? Its token is deleted too; earlier runs keep their results.</source>
        <translation>%1 uit deze werkruimte verwijderen? Het token wordt ook verwijderd; eerdere analyses houden hun resultaten.</translation>
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
        <translation>opgeslagen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Requests are logged in a workspace.</source>
        <translation>Verzoeken worden in een werkruimte vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); the chain is intact.</source>
        <translation>
            <numerusform>%n regel; de keten is intact.</numerusform>
            <numerusform>%n regels; de keten is intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Information for parents and carers</source>
        <translation>Informatie voor ouders en verzorgers</translation>
    </message>
    <message>
        <source>What is estimated?</source>
        <translation>Wat wordt er geschat?</translation>
    </message>
    <message>
        <source>Professionals who care for your child can use a calculation that estimates the chance of the following:</source>
        <translation>Professionals die voor uw kind zorgen kunnen een berekening gebruiken die de kans op het volgende schat:</translation>
    </message>
    <message>
        <source>The calculation was made for: %1.</source>
        <translation>De berekening is gemaakt voor: %1.</translation>
    </message>
    <message>
        <source>Which information is used?</source>
        <translation>Welke informatie wordt gebruikt?</translation>
    </message>
    <message>
        <source>The calculation uses these kinds of information about a child:</source>
        <translation>De berekening gebruikt deze soorten informatie over een kind:</translation>
    </message>
    <message numerus="yes">
        <source>The calculation was learned from the information of many children at %n organisation(s). That information never left those organisations: only totals and averages were combined. Nobody involved saw the records of individual children.</source>
        <translation>
            <numerusform>De berekening is geleerd uit de informatie van veel kinderen bij %n organisatie. Die informatie heeft die organisatie nooit verlaten: alleen totalen en gemiddelden zijn samengevoegd. Niemand die eraan meewerkte heeft de gegevens van afzonderlijke kinderen gezien.</numerusform>
            <numerusform>De berekening is geleerd uit de informatie van veel kinderen bij %n organisaties. Die informatie heeft die organisaties nooit verlaten: alleen totalen en gemiddelden zijn samengevoegd. Niemand die eraan meewerkte heeft de gegevens van afzonderlijke kinderen gezien.</numerusform>
        </translation>
    </message>
    <message>
        <source>When a professional uses the calculator for your child, the values are typed in on their own computer. Nothing is sent anywhere, and nothing is stored unless the professional saves it.</source>
        <translation>Als een professional de rekenhulp voor uw kind gebruikt, worden de waarden op de eigen computer ingetypt. Er wordt niets verstuurd, en niets bewaard tenzij de professional het opslaat.</translation>
    </message>
    <message>
        <source>What does a risk mean?</source>
        <translation>Wat betekent een risico?</translation>
    </message>
    <message>
        <source>A risk of, for example, 20% means: of 100 children with the same information, about 20 would be expected to have this outcome, and about 80 would not. It is an estimate for a group of similar children, with some uncertainty, which is why a range is shown as well.</source>
        <translation>Een risico van bijvoorbeeld 20% betekent: van 100 kinderen met dezelfde informatie zouden er naar verwachting ongeveer 20 deze uitkomst hebben, en ongeveer 80 niet. Het is een schatting voor een groep vergelijkbare kinderen, met enige onzekerheid; daarom wordt er ook een bandbreedte getoond.</translation>
    </message>
    <message>
        <source>What does a risk not mean?</source>
        <translation>Wat betekent een risico niet?</translation>
    </message>
    <message>
        <source>It is not a diagnosis, and it does not say what will happen to your child.</source>
        <translation>Het is geen diagnose, en het zegt niet wat er met uw kind zal gebeuren.</translation>
    </message>
    <message>
        <source>It does not say that you, or anyone, did something wrong.</source>
        <translation>Het zegt niet dat u, of iemand anders, iets verkeerd heeft gedaan.</translation>
    </message>
    <message>
        <source>It never decides anything by itself: it helps a professional decide, together with you, whether extra support could help.</source>
        <translation>Het beslist nooit zelf iets: het helpt een professional om samen met u te beslissen of extra ondersteuning kan helpen.</translation>
    </message>
    <message>
        <source>How good is the calculation?</source>
        <translation>Hoe goed is de berekening?</translation>
    </message>
    <message>
        <source>If we take one child who had the outcome and one who did not, the calculation gives the first child the higher risk in about %1 of 100 such pairs. 50 would be no better than chance; 100 would be perfect.</source>
        <translation>Als we één kind nemen dat de uitkomst had en één dat die niet had, geeft de berekening het eerste kind het hogere risico in ongeveer %1 van de 100 van zulke paren. 50 zou niet beter zijn dan toeval; 100 zou perfect zijn.</translation>
    </message>
    <message>
        <source>Whom can I ask?</source>
        <translation>Wie kan ik iets vragen?</translation>
    </message>
    <message>
        <source>Ask the professional who told you about this calculation, for example your youth health nurse or doctor.</source>
        <translation>Vraag het de professional die u over deze berekening vertelde, bijvoorbeeld uw jeugdverpleegkundige of jeugdarts.</translation>
    </message>
    <message>
        <source>Could not write the information sheet to %1. Choose another folder and try again.</source>
        <translation>Het informatieblad kon niet naar %1 worden geschreven. Kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>logistic regression (binomial family, logit link)</source>
        <translation>logistische regressie (binomiale familie, logit-link)</translation>
    </message>
    <message>
        <source>Poisson regression (log link)</source>
        <translation>Poisson-regressie (log-link)</translation>
    </message>
    <message>
        <source>linear regression (Gaussian family, identity link)</source>
        <translation>lineaire regressie (gaussische familie, identiteitslink)</translation>
    </message>
    <message>
        <source>%1, linear</source>
        <translation>%1, lineair</translation>
    </message>
    <message>
        <source>%1, natural logarithm</source>
        <translation>%1, natuurlijke logaritme</translation>
    </message>
    <message>
        <source>%1, standardised</source>
        <translation>%1, gestandaardiseerd</translation>
    </message>
    <message>
        <source>%1, standardised (federated mean %2, SD %3)</source>
        <translation>%1, gestandaardiseerd (gefedereerd gemiddelde %2, SD %3)</translation>
    </message>
    <message>
        <source>%1, restricted cubic spline with %2 knots at %3 (federated quantiles)</source>
        <translation>%1, beperkte kubische spline met %2 knopen op %3 (gefedereerde kwantielen)</translation>
    </message>
    <message>
        <source>%1, winsorised to [%2, %3]</source>
        <translation>%1, gewinsoriseerd tot [%2, %3]</translation>
    </message>
    <message>
        <source>%1, categorical (levels %2; reference %3)</source>
        <translation>%1, categorisch (niveaus %2; referentie %3)</translation>
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
        <translation>een van %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <source>Prediction model for %1</source>
        <translation>Voorspellingsmodel voor %1</translation>
    </message>
    <message>
        <source>Federated analysis report, organised along the TRIPOD statement items. Produced by Fairstart %1 on %2. All figures are aggregates released by the sites after their disclosure checks; no record left a site.</source>
        <translation>Rapport van een gefedereerde analyse, ingedeeld naar de items van de TRIPOD-verklaring. Gemaakt door Fairstart %1 op %2. Alle getallen zijn aggregaten die de sites na hun onthullingscontroles hebben vrijgegeven; geen enkel record heeft een site verlaten.</translation>
    </message>
    <message>
        <source>Source of data</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>Dataset &lt;b&gt;%1&lt;/b&gt;, analysed for the purpose &lt;b&gt;%2&lt;/b&gt; at %3 sites between %4 and %5 (UTC).</source>
        <translation>Dataset &lt;b&gt;%1&lt;/b&gt;, geanalyseerd voor het doel &lt;b&gt;%2&lt;/b&gt; bij %3 sites tussen %4 en %5 (UTC).</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Rekenkern</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Left out by the analyst&apos;s explicit choice after a failure: %1.</source>
        <translation>Weggelaten op uitdrukkelijke keuze van de analist na een fout: %1.</translation>
    </message>
    <message>
        <source>Design hash: &lt;tt&gt;%1&lt;/tt&gt;. Every site recomputed this hash from the design it received and recorded it in its audit log.</source>
        <translation>Ontwerphash: &lt;tt&gt;%1&lt;/tt&gt;. Elke site heeft deze hash opnieuw berekend uit het ontvangen ontwerp en in haar auditlog vastgelegd.</translation>
    </message>
    <message>
        <source>Participants and cohort flow</source>
        <translation>Deelnemers en cohortstroom</translation>
    </message>
    <message>
        <source>Counts are rounded to the nearest %1; counts below %2 are shown as &quot;%3&quot;.</source>
        <translation>Aantallen zijn afgerond op het dichtstbijzijnde veelvoud van %1; aantallen onder %2 worden getoond als &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>No consent for the purpose</source>
        <translation>Geen toestemming voor het doel</translation>
    </message>
    <message>
        <source>Outside the filters</source>
        <translation>Buiten de filters</translation>
    </message>
    <message>
        <source>Missing a model variable</source>
        <translation>Mist een modelvariabele</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Geanalyseerd</translation>
    </message>
    <message>
        <source>Eligibility (filters): %1.</source>
        <translation>Geschiktheid (filters): %1.</translation>
    </message>
    <message>
        <source>No eligibility filters: every consented record was eligible.</source>
        <translation>Geen geschiktheidsfilters: elk record met toestemming was geschikt.</translation>
    </message>
    <message>
        <source>%1 &gt; %2 (1), otherwise 0</source>
        <translation>%1 &gt; %2 (1), anders 0</translation>
    </message>
    <message>
        <source>Outcome: &lt;b&gt;%1&lt;/b&gt;; model: %2.</source>
        <translation>Uitkomst: &lt;b&gt;%1&lt;/b&gt;; model: %2.</translation>
    </message>
    <message>
        <source>Records with the outcome: %1 of %2.</source>
        <translation>Records met de uitkomst: %1 van %2.</translation>
    </message>
    <message>
        <source>Predictors</source>
        <translation>Voorspellers</translation>
    </message>
    <message>
        <source>interaction %1 × %2</source>
        <translation>interactie %1 × %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>offset %1</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Steekproefgrootte</translation>
    </message>
    <message>
        <source>%1 records analysed, %2 model parameters.</source>
        <translation>%1 records geanalyseerd, %2 modelparameters.</translation>
    </message>
    <message>
        <source>Events per parameter (smaller outcome class): %1.</source>
        <translation>Events per parameter (kleinste uitkomstklasse): %1.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Ontbrekende gegevens</translation>
    </message>
    <message>
        <source>Complete-case analysis: a record missing any model variable was left out (see the cohort flow). Records missing each variable, among the eligible ones:</source>
        <translation>Complete-case-analyse: een record waarin een modelvariabele ontbrak is weggelaten (zie de cohortstroom). Records die elke variabele missen, onder de geschikte records:</translation>
    </message>
    <message>
        <source>Model specification and fitting</source>
        <translation>Modelspecificatie en schatting</translation>
    </message>
    <message>
        <source>Fitted by federated Newton–Raphson (IRLS): in each round every site returned only XᵀWX, the score and the deviance at the current coefficients; the sums equal those of the pooled data, so the estimates equal a pooled fit. %1 rounds; deviance %2; AIC %3.</source>
        <translation>Geschat met gefedereerde Newton–Raphson (IRLS): in elke ronde gaf elke site alleen XᵀWX, de score en de deviantie bij de huidige coëfficiënten terug; de sommen zijn gelijk aan die van de samengevoegde gegevens, dus de schattingen zijn gelijk aan een gepoolde fit. %1 rondes; deviantie %2; AIC %3.</translation>
    </message>
    <message>
        <source>Ridge penalty λ = %1 (intercept not penalised).</source>
        <translation>Ridge-straf λ = %1 (intercept niet bestraft).</translation>
    </message>
    <message>
        <source>Model: coefficients</source>
        <translation>Model: coëfficiënten</translation>
    </message>
    <message>
        <source>Brier score %1 (scaled Brier %2).</source>
        <translation>Brier-score %1 (geschaalde Brier %2).</translation>
    </message>
    <message>
        <source>Observed/expected %1; E-avg %2; E-max %3.</source>
        <translation>Waargenomen/verwacht %1; E-gem %2; E-max %3.</translation>
    </message>
    <message>
        <source>No performance results in this run (evaluation is available for logistic models when the sites allow it).</source>
        <translation>Geen prestatieresultaten in deze analyse (evaluatie is beschikbaar voor logistische modellen als de sites het toestaan).</translation>
    </message>
    <message>
        <source>Results per site</source>
        <translation>Resultaten per site</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Heterogeneity of the AUC between sites: Cochran&apos;s Q = %1 on %2 df (p = %3), I² = %4.</source>
        <translation>Heterogeniteit van de AUC tussen sites: Cochrans Q = %1 bij %2 vg (p = %3), I² = %4.</translation>
    </message>
    <message>
        <source>The sites released no per-site performance.</source>
        <translation>De sites hebben geen prestaties per site vrijgegeven.</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <source>Performance is apparent performance on the development data; it is not corrected for optimism (no internal or external validation in this run).</source>
        <translation>De prestaties zijn schijnbare prestaties op de ontwikkelgegevens; ze zijn niet gecorrigeerd voor optimisme (geen interne of externe validatie in deze analyse).</translation>
    </message>
    <message>
        <source>Complete-case analysis may bias the estimates when values are not missing completely at random.</source>
        <translation>Een complete-case-analyse kan de schattingen vertekenen als waarden niet volledig willekeurig ontbreken.</translation>
    </message>
    <message>
        <source>The AUC is computed from risks binned at the sites; its binning error is at most %1.</source>
        <translation>De AUC is berekend uit risico&apos;s die bij de sites in klassen zijn ingedeeld; de fout daardoor is ten hoogste %1.</translation>
    </message>
    <message>
        <source>Not every site contributed; the cohort is not the full federation.</source>
        <translation>Niet elke site heeft bijgedragen; het cohort is niet de volledige federatie.</translation>
    </message>
    <message>
        <source>Could not write the report to %1. Choose another folder and try again.</source>
        <translation>Het rapport kon niet naar %1 worden geschreven. Kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>Geen effect</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schatting</translation>
    </message>
    <message>
        <source>%1s with 95% intervals</source>
        <translation>%1s met 95%-intervallen</translation>
    </message>
    <message>
        <source>Estimates with 95% intervals</source>
        <translation>Schattingen met 95%-intervallen</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (logschaal)</translation>
    </message>
    <message>
        <source>Convergence: deviance per round</source>
        <translation>Convergentie: deviantie per ronde</translation>
    </message>
    <message>
        <source>Intercept-only model</source>
        <translation>Model met alleen intercept</translation>
    </message>
    <message>
        <source>Full model</source>
        <translation>Volledig model</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Deviance</source>
        <translation>Deviantie</translation>
    </message>
    <message>
        <source>ROC curve — %1</source>
        <translation>ROC-curve — %1</translation>
    </message>
    <message>
        <source>1 − specificity (false-positive rate)</source>
        <translation>1 − specificiteit (fout-positieffractie)</translation>
    </message>
    <message>
        <source>Sensitivity (true-positive rate)</source>
        <translation>Sensitiviteit (terecht-positieffractie)</translation>
    </message>
    <message>
        <source>No discrimination</source>
        <translation>Geen discriminatie</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>intercept %1</translation>
    </message>
    <message>
        <source>slope %1</source>
        <translation>helling %1</translation>
    </message>
    <message>
        <source>Brier %1</source>
        <translation>Brier %1</translation>
    </message>
    <message>
        <source>Predicted risk (mean per group)</source>
        <translation>Voorspeld risico (gemiddelde per groep)</translation>
    </message>
    <message>
        <source>Observed proportion</source>
        <translation>Waargenomen fractie</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideaal</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>Risk groups (%1)</source>
        <translation>Risicogroepen (%1)</translation>
    </message>
    <message>
        <source>Predicted risk by outcome</source>
        <translation>Voorspeld risico naar uitkomst</translation>
    </message>
    <message>
        <source>Predicted risk</source>
        <translation>Voorspeld risico</translation>
    </message>
    <message>
        <source>% of the class</source>
        <translation>% van de klasse</translation>
    </message>
    <message>
        <source>Without the outcome (%1)</source>
        <translation>Zonder de uitkomst (%1)</translation>
    </message>
    <message>
        <source>With the outcome (%1)</source>
        <translation>Met de uitkomst (%1)</translation>
    </message>
    <message>
        <source>Withheld (%1): somewhere in the hatched range</source>
        <translation>Achtergehouden (%1): ergens in het gearceerde bereik</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Verdeling van %1</translation>
    </message>
    <message>
        <source>Distribution of %1: withheld by the site</source>
        <translation>Verdeling van %1: door de site achtergehouden</translation>
    </message>
    <message>
        <source>Records per unit</source>
        <translation>Records per eenheid</translation>
    </message>
    <message>
        <source>%1 by level</source>
        <translation>%1 per niveau</translation>
    </message>
    <message>
        <source>Odds ratio</source>
        <translation>Oddsratio</translation>
    </message>
    <message>
        <source>Rate ratio</source>
        <translation>Rate ratio</translation>
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
        <translation>95%-BI onder</translation>
    </message>
    <message>
        <source>95% CI upper</source>
        <translation>95%-BI boven</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Toetsgrootheid</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 onder</translation>
    </message>
    <message>
        <source>%1 upper</source>
        <translation>%1 boven</translation>
    </message>
    <message>
        <source>Withheld by the site: fewer than %1 records, or a count from which a small one could be derived.</source>
        <translation>Achtergehouden door de site: minder dan %1 records, of een aantal waaruit een klein aantal kan worden afgeleid.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbrekend</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ontbrekend)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>% of cohort</source>
        <translation>% van het cohort</translation>
    </message>
    <message>
        <source>Descriptives</source>
        <translation>Beschrijvende statistiek</translation>
    </message>
    <message>
        <source>Cohort size</source>
        <translation>Cohortgrootte</translation>
    </message>
    <message>
        <source>Variables and tables</source>
        <translation>Variabelen en tabellen</translation>
    </message>
    <message>
        <source>Chart of the selected variable</source>
        <translation>Grafiek van de geselecteerde variabele</translation>
    </message>
    <message>
        <source>Table of the selected variable</source>
        <translation>Tabel van de geselecteerde variabele</translation>
    </message>
    <message>
        <source>Dataset %1: %2 records in the cohort.</source>
        <translation>Dataset %1: %2 records in het cohort.</translation>
    </message>
    <message>
        <source>%1 (numeric)</source>
        <translation>%1 (numeriek)</translation>
    </message>
    <message>
        <source>%1 (categories)</source>
        <translation>%1 (categorieën)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name and try again.</source>
        <translation>Kon %1 niet schrijven: %2. Kies een andere map of bestandsnaam en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file name %1 does not end in .png, .svg or .pdf. Add one of these endings to choose the format.</source>
        <translation>De bestandsnaam %1 eindigt niet op .png, .svg of .pdf. Voeg een van deze extensies toe om het formaat te kiezen.</translation>
    </message>
    <message>
        <source>There is no chart to export. Open a result first.</source>
        <translation>Er is geen grafiek om te exporteren. Open eerst een resultaat.</translation>
    </message>
    <message>
        <source>Fairstart chart</source>
        <translation>Fairstart-grafiek</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>het bestand kon niet worden geopend</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>er is niets geschreven</translation>
    </message>
    <message>
        <source>There is no table to export. Open a result first.</source>
        <translation>Er is geen tabel om te exporteren. Open eerst een resultaat.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>Logistische regressie</translation>
    </message>
    <message>
        <source>Poisson regression</source>
        <translation>Poisson-regressie</translation>
    </message>
    <message>
        <source>Linear regression</source>
        <translation>Lineaire regressie</translation>
    </message>
    <message>
        <source>Summary of the run</source>
        <translation>Samenvatting van de analyse</translation>
    </message>
    <message>
        <source>Export the chart of this page as PNG, SVG or PDF</source>
        <translation>Exporteer de grafiek van deze pagina als PNG, SVG of PDF</translation>
    </message>
    <message>
        <source>Export the table of this page as CSV</source>
        <translation>Exporteer de tabel van deze pagina als CSV</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>&amp;Rapport exporteren (PDF)…</translation>
    </message>
    <message>
        <source>Export the whole result as a PDF report</source>
        <translation>Exporteer het hele resultaat als PDF-rapport</translation>
    </message>
    <message>
        <source>Result pages</source>
        <translation>Resultaatpagina&apos;s</translation>
    </message>
    <message>
        <source>This run has no convergence trace.</source>
        <translation>Deze analyse heeft geen convergentieverloop.</translation>
    </message>
    <message>
        <source>This run has no performance results. Evaluation runs only for logistic models and only when the sites allow it.</source>
        <translation>Deze analyse heeft geen prestatieresultaten. Evaluatie gebeurt alleen bij logistische modellen en alleen als de sites het toestaan.</translation>
    </message>
    <message>
        <source>This run has no calibration results. Evaluation runs only for logistic models and only when the sites allow it.</source>
        <translation>Deze analyse heeft geen kalibratieresultaten. Evaluatie gebeurt alleen bij logistische modellen en alleen als de sites het toestaan.</translation>
    </message>
    <message>
        <source>This run has no predicted-risk distribution: it needs the performance results of a logistic model.</source>
        <translation>Deze analyse heeft geen verdeling van voorspelde risico&apos;s: daarvoor zijn de prestatieresultaten van een logistisch model nodig.</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Coëfficiënten</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Convergentie</translation>
    </message>
    <message>
        <source>Coefficient table</source>
        <translation>Coëfficiëntentabel</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest plot</translation>
    </message>
    <message>
        <source>%1: figures</source>
        <translation>%1: figuren</translation>
    </message>
    <message>
        <source>Sites of the run</source>
        <translation>Sites van de analyse</translation>
    </message>
    <message>
        <source>Estimates per site</source>
        <translation>Schattingen per site</translation>
    </message>
    <message>
        <source>&amp;Show per site:</source>
        <translation>&amp;Per site tonen:</translation>
    </message>
    <message>
        <source>Quantity shown per site</source>
        <translation>Grootheid per site</translation>
    </message>
    <message>
        <source>Per-site chart</source>
        <translation>Grafiek per site</translation>
    </message>
    <message>
        <source>Heterogeneity between sites</source>
        <translation>Heterogeniteit tussen sites</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of &lt;b&gt;%2&lt;/b&gt; on %3 records at %4 of %5 sites.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; van &lt;b&gt;%2&lt;/b&gt; op %3 records bij %4 van %5 sites.</translation>
    </message>
    <message>
        <source>Deviance %1, AIC %2, %3 rounds.</source>
        <translation>Deviantie %1, AIC %2, %3 rondes.</translation>
    </message>
    <message>
        <source>Design %1.</source>
        <translation>Ontwerp %1.</translation>
    </message>
    <message>
        <source>Converged after %1 evaluated coefficient vectors.</source>
        <translation>Geconvergeerd na %1 geëvalueerde coëfficiëntvectoren.</translation>
    </message>
    <message>
        <source>Null deviance %1 on %2 df; residual deviance %3 on %4 df.</source>
        <translation>Nuldeviantie %1 bij %2 vg; residuele deviantie %3 bij %4 vg.</translation>
    </message>
    <message>
        <source>Average precision %1.</source>
        <translation>Gemiddelde precisie %1.</translation>
    </message>
    <message>
        <source>At risk ≥ %1: sensitivity %2, specificity %3, PPV %4, NPV %5.</source>
        <translation>Bij risico ≥ %1: sensitiviteit %2, specificiteit %3, PVW %4, NVW %5.</translation>
    </message>
    <message>
        <source>Brier score %1 (scaled %2).</source>
        <translation>Brier-score %1 (geschaald %2).</translation>
    </message>
    <message>
        <source>Calibration intercept and slope were not computed in this run.</source>
        <translation>Kalibratie-intercept en -helling zijn in deze analyse niet berekend.</translation>
    </message>
    <message>
        <source>Calibration-in-the-large %1, observed/expected %2, E-avg %3, E-max %4.</source>
        <translation>Kalibratie in het groot %1, waargenomen/verwacht %2, E-gem %3, E-max %4.</translation>
    </message>
    <message>
        <source>Share of the records with and without the outcome in each band of predicted risk, derived from the ROC curve the sites released (no record-level data).</source>
        <translation>Aandeel van de records met en zonder de uitkomst in elke band van voorspeld risico, afgeleid uit de ROC-curve die de sites vrijgaven (geen gegevens op recordniveau).</translation>
    </message>
    <message>
        <source>Coefficient: %1</source>
        <translation>Coëfficiënt: %1</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle sites</translation>
    </message>
    <message>
        <source>AUC between sites: Cochran&apos;s Q = %1 on %2 df (p = %3), I² = %4.</source>
        <translation>AUC tussen sites: Cochrans Q = %1 bij %2 vg (p = %3), I² = %4.</translation>
    </message>
    <message>
        <source>Heterogeneity needs the AUC of at least two sites; fewer released it.</source>
        <translation>Voor heterogeniteit is de AUC van ten minste twee sites nodig; minder sites gaven die vrij.</translation>
    </message>
    <message>
        <source>Federated fit</source>
        <translation>Gefedereerde fit</translation>
    </message>
    <message>
        <source>%1 between sites: Cochran&apos;s Q = %2 on %3 df (p = %4), I² = %5, τ² = %6. Inverse-variance pooled estimate %7 (SE %8).</source>
        <translation>%1 tussen sites: Cochrans Q = %2 bij %3 vg (p = %4), I² = %5, τ² = %6. Gepoolde schatting (inverse variantie) %7 (SE %8).</translation>
    </message>
    <message>
        <source>Heterogeneity needs the estimate of at least two sites.</source>
        <translation>Voor heterogeniteit is de schatting van ten minste twee sites nodig.</translation>
    </message>
    <message>
        <source>%1 per site</source>
        <translation>%1 per site</translation>
    </message>
    <message>
        <source>This page has no chart to export.</source>
        <translation>Deze pagina heeft geen grafiek om te exporteren.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>took part</source>
        <translation>deelgenomen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelaten</translation>
    </message>
    <message>
        <source>Node version</source>
        <translation>Nodeversie</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Versie rekenkern</translation>
    </message>
    <message>
        <source>Records used</source>
        <translation>Gebruikte records</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>niet geschat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 df</source>
        <translation>%1 bij %2 vg</translation>
    </message>
    <message>
        <source>Pooled (SE)</source>
        <translation>Gepoold (SE)</translation>
    </message>
    <message>
        <source>Cochran&apos;s Q</source>
        <translation>Cochrans Q</translation>
    </message>
    <message>
        <source>p (heterogeneity)</source>
        <translation>p (heterogeniteit)</translation>
    </message>
    <message>
        <source>I²</source>
        <translation>I²</translation>
    </message>
    <message>
        <source>This is not a published Fairstart model (or it comes from a newer version). Open a model published with this version of Fairstart.</source>
        <translation>Dit is geen gepubliceerd Fairstart-model (of het komt van een nieuwere versie). Open een model dat met deze versie van Fairstart is gepubliceerd.</translation>
    </message>
    <message>
        <source>The published model is damaged (%1). Ask the analyst who published it for a new copy.</source>
        <translation>Het gepubliceerde model is beschadigd (%1). Vraag de analist die het publiceerde om een nieuw exemplaar.</translation>
    </message>
    <message>
        <source>Model of %1</source>
        <translation>Model van %1</translation>
    </message>
    <message>
        <source>%1 — reviewer mode</source>
        <translation>%1 — beoordelaarsmodus</translation>
    </message>
    <message>
        <source>Reviewer mode</source>
        <translation>Beoordelaarsmodus</translation>
    </message>
    <message>
        <source>Model title</source>
        <translation>Titel van het model</translation>
    </message>
    <message>
        <source>Read-only. The calculator works on this computer only: nothing you type is sent anywhere or stored unless you save it.</source>
        <translation>Alleen lezen. De rekenhulp werkt alleen op deze computer: niets wat u typt wordt verstuurd of bewaard, tenzij u het opslaat.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Reviewer pages</source>
        <translation>Pagina&apos;s van de beoordelaar</translation>
    </message>
    <message>
        <source>Risk &amp;calculator</source>
        <translation>&amp;Rekenhulp</translation>
    </message>
    <message>
        <source>&amp;About the model</source>
        <translation>&amp;Over het model</translation>
    </message>
    <message>
        <source>&amp;Reset values</source>
        <translation>Waarden &amp;herstellen</translation>
    </message>
    <message>
        <source>Reset all values to the typical values</source>
        <translation>Zet alle waarden terug op de gebruikelijke waarden</translation>
    </message>
    <message>
        <source>&amp;Save calculation…</source>
        <translation>Berekening op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save this calculation to a file</source>
        <translation>Sla deze berekening op in een bestand</translation>
    </message>
    <message>
        <source>&amp;Parent information sheet…</source>
        <translation>&amp;Informatieblad voor ouders…</translation>
    </message>
    <message>
        <source>Save the information sheet for parents as PDF</source>
        <translation>Sla het informatieblad voor ouders op als PDF</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>Wat het voorspelt</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message numerus="yes">
        <source>The children in the data of the %n participating organisation(s).</source>
        <translation>
            <numerusform>De kinderen in de gegevens van de %n deelnemende organisatie.</numerusform>
            <numerusform>De kinderen in de gegevens van de %n deelnemende organisaties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built from %1 children at %n organisation(s) without their records leaving those organisations.</source>
        <translation>
            <numerusform>Gebouwd op %1 kinderen bij %n organisatie, zonder dat hun gegevens die organisatie verlieten.</numerusform>
            <numerusform>Gebouwd op %1 kinderen bij %n organisaties, zonder dat hun gegevens die organisaties verlieten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Description of the model</source>
        <translation>Beschrijving van het model</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>Hoe goed het werkt</translation>
    </message>
    <message>
        <source>Performance in plain words</source>
        <translation>Prestaties in gewone woorden</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-curve</translation>
    </message>
    <message>
        <source>Calibration plot</source>
        <translation>Kalibratiegrafiek</translation>
    </message>
    <message>
        <source>The sites released no performance figures for this model.</source>
        <translation>De sites hebben voor dit model geen prestatiecijfers vrijgegeven.</translation>
    </message>
    <message>
        <source>Its high and low risks are somewhat too extreme (calibration slope %1).</source>
        <translation>De hoge en lage risico&apos;s zijn wat te extreem (kalibratiehelling %1).</translation>
    </message>
    <message>
        <source>Its high and low risks are somewhat too cautious (calibration slope %1).</source>
        <translation>De hoge en lage risico&apos;s zijn wat te voorzichtig (kalibratiehelling %1).</translation>
    </message>
    <message>
        <source>Its high and low risks match what was observed (calibration slope %1).</source>
        <translation>De hoge en lage risico&apos;s komen overeen met wat werd waargenomen (kalibratiehelling %1).</translation>
    </message>
    <message>
        <source>These figures come from the same children the model was built on, so in new children it may do slightly worse.</source>
        <translation>Deze cijfers komen van dezelfde kinderen waarop het model is gebouwd; bij nieuwe kinderen kan het iets slechter werken.</translation>
    </message>
    <message>
        <source>The child&apos;s values</source>
        <translation>De waarden van het kind</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <source>What raises or lowers the risk</source>
        <translation>Wat het risico verhoogt of verlaagt</translation>
    </message>
    <message>
        <source>This is an estimate for children with the same values, not a diagnosis. Use it together with your own judgement and what the family tells you.</source>
        <translation>Dit is een schatting voor kinderen met dezelfde waarden, geen diagnose. Gebruik het samen met uw eigen oordeel en wat het gezin u vertelt.</translation>
    </message>
    <message>
        <source>Expected rate: %1 (95% interval %2 to %3).</source>
        <translation>Verwacht tempo: %1 (95%-interval %2 tot %3).</translation>
    </message>
    <message>
        <source>Expected value: %1 (95% interval of the mean %2 to %3).</source>
        <translation>Verwachte waarde: %1 (95%-interval van het gemiddelde %2 tot %3).</translation>
    </message>
    <message>
        <source>%1 = %2 raises it (with %3 it would be %4).</source>
        <translation>%1 = %2 verhoogt het (met %3 zou het %4 zijn).</translation>
    </message>
    <message>
        <source>%1 = %2 lowers it (with %3 it would be %4).</source>
        <translation>%1 = %2 verlaagt het (met %3 zou het %4 zijn).</translation>
    </message>
    <message>
        <source>All values are at their typical or reference value, so no factor raises or lowers the estimate.</source>
        <translation>Alle waarden staan op hun gebruikelijke of referentiewaarde, dus geen enkele factor verhoogt of verlaagt de schatting.</translation>
    </message>
    <message>
        <source>What moves the estimate most, compared with a typical value:</source>
        <translation>Wat de schatting het meest verschuift, vergeleken met een gebruikelijke waarde:</translation>
    </message>
    <message>
        <source>Save calculation</source>
        <translation>Berekening opslaan</translation>
    </message>
    <message>
        <source>There is no result to save: correct the values first.</source>
        <translation>Er is geen resultaat om op te slaan: corrigeer eerst de waarden.</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>Tekstbestand (*.txt)</translation>
    </message>
    <message>
        <source>Model design %1</source>
        <translation>Modelontwerp %1</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Opslaan mislukt</translation>
    </message>
    <message>
        <source>Could not save the calculation: %1. Choose another folder and try again.</source>
        <translation>Kon de berekening niet opslaan: %1. Kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Save parent information sheet</source>
        <translation>Informatieblad voor ouders opslaan</translation>
    </message>
    <message>
        <source>This model cannot be used for calculations: its coefficients do not match its design. Ask the analyst who published it for a new copy.</source>
        <translation>Dit model kan niet voor berekeningen worden gebruikt: de coëfficiënten passen niet bij het ontwerp. Vraag de analist die het publiceerde om een nieuw exemplaar.</translation>
    </message>
    <message>
        <source>This model cannot be used for calculations: the levels of %1 are missing. Ask the analyst for a new copy.</source>
        <translation>Dit model kan niet voor berekeningen worden gebruikt: de niveaus van %1 ontbreken. Vraag de analist om een nieuw exemplaar.</translation>
    </message>
    <message>
        <source>Enter a value for %1.</source>
        <translation>Voer een waarde in voor %1.</translation>
    </message>
    <message>
        <source>Choose one of the listed values for %1.</source>
        <translation>Kies een van de genoemde waarden voor %1.</translation>
    </message>
    <message>
        <source>Enter a number for %1.</source>
        <translation>Voer een getal in voor %1.</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3; enter a value in that range.</source>
        <translation>%1 moet tussen %2 en %3 liggen; voer een waarde in dat bereik in.</translation>
    </message>
    <message>
        <source>The values could not be turned into the model&apos;s terms.</source>
        <translation>De waarden konden niet worden omgezet in de termen van het model.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <source>Run on sites</source>
        <translation>Uitvoeren op sites</translation>
    </message>
    <message>
        <source>Sites to run on</source>
        <translation>Sites om op uit te voeren</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Each site checks the purpose against your token and its consent records, and checks every number against its disclosure rules before releasing it.</source>
        <translation>Elke site toetst het doel aan uw token en haar toestemmingsregistratie, en controleert elk getal aan haar onthullingsregels voordat ze het vrijgeeft.</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>Data&amp;set:</translation>
    </message>
    <message>
        <source>Progress per site</source>
        <translation>Voortgang per site</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>Analyse &amp;stoppen</translation>
    </message>
    <message>
        <source>Choose at least one site and a purpose.</source>
        <translation>Kies ten minste één site en een doel.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Round %1 done: deviance %2 (%3 ms)</source>
        <translation>Ronde %1 klaar: deviantie %2 (%3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>Finished: the model converged in %n round(s).</source>
        <translation>
            <numerusform>Klaar: het model convergeerde in %n ronde.</numerusform>
            <numerusform>Klaar: het model convergeerde in %n rondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>%1 refused the request; nothing was computed there. See its row for the rule.</source>
        <translation>%1 weigerde het verzoek; daar is niets berekend. Zie de rij van die site voor de regel.</translation>
    </message>
    <message>
        <source>The run was stopped. Open jobs at the sites were cancelled.</source>
        <translation>De analyse is gestopt. Openstaande jobs bij de sites zijn geannuleerd.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>cohort ≥ %1, cells ≥ %2, %3 events per parameter, ≤ %4 rounds</source>
        <translation>cohort ≥ %1, cellen ≥ %2, %3 events per parameter, ≤ %4 rondes</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <source>Fairstart Workbench: design risk models and run them where the data are.</source>
        <translation>Fairstart Workbench: ontwerp risicomodellen en voer ze uit waar de gegevens zijn.</translation>
    </message>
    <message>
        <source>Open the sites of a sites file (as written by make demo).</source>
        <translation>Open de sites uit een sitesbestand (zoals &apos;make demo&apos; het schrijft).</translation>
    </message>
    <message>
        <source>Write a picture of the window to a PNG file after a few seconds, then quit (for documentation).</source>
        <translation>Schrijf na enkele seconden een afbeelding van het venster naar een PNG-bestand en sluit dan af (voor documentatie).</translation>
    </message>
    <message>
        <source>Start the design from an R-style formula (logistic model).</source>
        <translation>Begin het ontwerp met een formule in R-stijl (logistisch model).</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systeemtaal (%1)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <source>Left out %1: a risk threshold is a number between 0 and 1, such as %2.</source>
        <translation>%1 weggelaten: een risicodrempel is een getal tussen 0 en 1, zoals %2.</translation>
    </message>
    <message>
        <source>Fairstart has no &apos;%1&apos; translation, so the sheet in that language was not written. Choose one of: %2.</source>
        <translation>Fairstart heeft geen vertaling &apos;%1&apos;, dus het informatieblad in die taal is niet gemaakt. Kies een van: %2.</translation>
    </message>
    <message>
        <source>&amp;Open Results of Run</source>
        <translation>Resultaten van analyse &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Publish Model…</source>
        <translation>Model &amp;publiceren…</translation>
    </message>
    <message>
        <source>Store the model in the Results panel in the workspace, read-only, for reviewer mode and the parent sheet.</source>
        <translation>Bewaar het model uit het paneel Resultaten in de werkruimte, alleen-lezen, voor de beoordelaarsmodus en het informatieblad voor ouders.</translation>
    </message>
    <message>
        <source>Open Published Model in &amp;Reviewer Mode…</source>
        <translation>Gepubliceerd model openen in &amp;beoordelaarsmodus…</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>Resultaten openen</translation>
    </message>
    <message>
        <source>Open the workspace first.</source>
        <translation>Open eerst de werkruimte.</translation>
    </message>
    <message>
        <source>This run has no stored result: it did not finish (see the Sites column for what each site answered). Run the design again.</source>
        <translation>Deze analyse heeft geen bewaard resultaat: ze is niet afgerond (in de kolom Sites staat wat elke site antwoordde). Voer het ontwerp opnieuw uit.</translation>
    </message>
    <message>
        <source>The stored result of this run cannot be read (%1). Run the design again to get a new result.</source>
        <translation>Het bewaarde resultaat van deze analyse is niet te lezen (%1). Voer het ontwerp opnieuw uit voor een nieuw resultaat.</translation>
    </message>
    <message>
        <source>Showing the results of the run of %1.</source>
        <translation>De resultaten van de analyse van %1.</translation>
    </message>
    <message>
        <source>Open the workspace first: published models are stored in it.</source>
        <translation>Open eerst de werkruimte: gepubliceerde modellen worden daarin bewaard.</translation>
    </message>
    <message>
        <source>Open the results of a finished run first (double-click it under Runs).</source>
        <translation>Open eerst de resultaten van een afgeronde analyse (dubbelklik erop onder Uitvoeringen).</translation>
    </message>
    <message>
        <source>Publish model</source>
        <translation>Model publiceren</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos;. Open it with File ▸ Open Published Model in Reviewer Mode.</source>
        <translation>&apos;%1&apos; is gepubliceerd. Open het via Bestand ▸ Gepubliceerd model openen in beoordelaarsmodus.</translation>
    </message>
    <message>
        <source>There is no published model %1 in this workspace.</source>
        <translation>Deze werkruimte heeft geen gepubliceerd model %1.</translation>
    </message>
    <message>
        <source>This workspace has no published models yet. Open the results of a run and choose Design ▸ Publish Model.</source>
        <translation>Deze werkruimte heeft nog geen gepubliceerde modellen. Open de resultaten van een analyse en kies Ontwerp ▸ Model publiceren.</translation>
    </message>
    <message>
        <source>%1 (published %2)</source>
        <translation>%1 (gepubliceerd %2)</translation>
    </message>
    <message>
        <source>Published &amp;model:</source>
        <translation>Gepubliceerd &amp;model:</translation>
    </message>
    <message>
        <source>Risk of %1</source>
        <translation>Risico op %1</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Verwachte %1</translation>
    </message>
    <message>
        <source>The chance of %1.</source>
        <translation>De kans op %1.</translation>
    </message>
    <message>
        <source>The expected %1.</source>
        <translation>De verwachte %1.</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>een titel</translation>
    </message>
    <message>
        <source>what the model predicts</source>
        <translation>wat het model voorspelt</translation>
    </message>
    <message>
        <source>Fill in %1: professionals and parents read it.</source>
        <translation>Vul %1 in: professionals en ouders lezen dit.</translation>
    </message>
    <message>
        <source>A published model can no longer be changed. Professionals open it in reviewer mode and use its risk calculator; parents get an information sheet with these words.</source>
        <translation>Een gepubliceerd model kan niet meer worden gewijzigd. Professionals openen het in de beoordelaarsmodus en gebruiken de risicocalculator; ouders krijgen een informatieblad met deze woorden.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. children born in the participating hospitals, 2015–2020</source>
        <translation>bijv. kinderen geboren in de deelnemende ziekenhuizen, 2015–2020</translation>
    </message>
    <message>
        <source>Which information it uses</source>
        <translation>Welke informatie het gebruikt</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>Bij wie terecht</translation>
    </message>
    <message>
        <source>e.g. your youth health nurse</source>
        <translation>bijv. uw jeugdverpleegkundige</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What it &amp;predicts:</source>
        <translation>Wat het &amp;voorspelt:</translation>
    </message>
    <message>
        <source>For &amp;whom:</source>
        <translation>Voor &amp;wie:</translation>
    </message>
    <message>
        <source>&amp;Information used:</source>
        <translation>Gebruikte &amp;informatie:</translation>
    </message>
    <message>
        <source>Whom to &amp;ask:</source>
        <translation>Bij wie &amp;terecht:</translation>
    </message>
    <message>
        <source>from, typical and to for %1 (the calculator starts at the typical value and accepts values from … to)</source>
        <translation>van, gebruikelijk en tot voor %1 (de calculator begint bij de gebruikelijke waarde en accepteert waarden van … tot)</translation>
    </message>
    <message>
        <source>a typical value between from and to for %1</source>
        <translation>een gebruikelijke waarde tussen van en tot voor %1</translation>
    </message>
    <message>
        <source>Calculator fields</source>
        <translation>Velden van de calculator</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Gebruikelijk</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Calculator &amp;fields:</source>
        <translation>&amp;Velden van de calculator:</translation>
    </message>
    <message>
        <source>%1, % yes</source>
        <translation>%1, % ja</translation>
    </message>
    <message>
        <source>%1, mean (SD)</source>
        <translation>%1, gemiddelde (SD)</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>niet beschreven</translation>
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
        <translation>achtergehouden bij %1</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Table 1: the cohort by site</source>
        <translation>Tabel 1: het cohort per site</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>Tabel 1</translation>
    </message>
    <message>
        <source>Descriptives by site and pooled</source>
        <translation>Beschrijvende statistieken per site en samengevoegd</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>Tabel &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copies the table as HTML (for a word processor) and CSV text.</source>
        <translation>Kopieert de tabel als HTML (voor een tekstverwerker) en als CSV-tekst.</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>Tabel &amp;exporteren…</translation>
    </message>
    <message>
        <source>Counts below a site&apos;s threshold are withheld (&quot;&lt; n&quot;) and are not added into the pooled column.</source>
        <translation>Aantallen onder de drempel van een site worden achtergehouden (&quot;&lt; n&quot;) en niet meegeteld in de samengevoegde kolom.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a yes/no variable at %2 (1 for yes, 0 for no): use it as is; the model then estimates the effect of yes against no.</source>
        <translation>&apos;%1&apos; is een ja/nee-variabele bij %2 (1 voor ja, 0 voor nee): gebruik haar zoals ze is; het model schat dan het effect van ja tegenover nee.</translation>
    </message>
    <message>
        <source>The outcome &apos;%1&apos; is a number at %2, but a logistic model needs a yes/no outcome: choose a yes/no variable, set &quot;yes when above&quot; on the outcome, or choose a Poisson or linear model.</source>
        <translation>De uitkomst &apos;%1&apos; is een getal bij %2, maar een logistisch model heeft een ja/nee-uitkomst nodig: kies een ja/nee-variabele, stel &quot;ja als boven&quot; in op de uitkomst, of kies een Poisson- of lineair model.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultaten</translation>
    </message>
    <message>
        <source>&amp;Table 1: Cohort by Site…</source>
        <translation>&amp;Tabel 1: cohort per site…</translation>
    </message>
    <message>
        <source>Describe the design&apos;s variables at every site and pooled (released aggregates only).</source>
        <translation>Beschrijf de variabelen van het ontwerp per site en samengevoegd (alleen vrijgegeven aggregaten).</translation>
    </message>
    <message>
        <source>Policymaker &amp;Dashboard…</source>
        <translation>&amp;Dashboard voor beleidsmakers…</translation>
    </message>
    <message>
        <source>Indicators per site from the released counts, with suppressed counts shown as such.</source>
        <translation>Indicatoren per site uit de vrijgegeven aantallen; achtergehouden aantallen worden als zodanig getoond.</translation>
    </message>
    <message>
        <source>&amp;Analyses</source>
        <translation>&amp;Analyses</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The model was fitted and is shown; its evaluation failed: %1</source>
        <translation>Het model is geschat en wordt getoond; de evaluatie is mislukt: %1</translation>
    </message>
    <message>
        <source>The run finished; the results are shown and stored in the workspace.</source>
        <translation>De analyse is klaar; de resultaten worden getoond en zijn opgeslagen in de werkruimte.</translation>
    </message>
    <message>
        <source>The run finished; the results are shown.</source>
        <translation>De analyse is klaar; de resultaten worden getoond.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>No site is online. Add sites (Sites ▸ Add Site) and check them (F5); the descriptives come from the sites that answer.</source>
        <translation>Geen enkele site is online. Voeg sites toe (Sites ▸ Site toevoegen) en controleer ze (F5); de beschrijvende statistieken komen van de sites die antwoorden.</translation>
    </message>
    <message>
        <source>The sites list no purpose or dataset for your tokens: ask the site administrators which purposes your tokens allow.</source>
        <translation>De sites vermelden geen doel of dataset voor uw tokens: vraag de sitebeheerders welke doelen uw tokens toestaan.</translation>
    </message>
    <message>
        <source>The sites&apos; catalogues have no categorical variable to make an indicator of.</source>
        <translation>De catalogi van de sites bevatten geen categorische variabele om een indicator van te maken.</translation>
    </message>
    <message>
        <source>None of the design&apos;s variables is in the sites&apos; catalogues. Check the sites (F5) and choose catalogue variables.</source>
        <translation>Geen van de variabelen van het ontwerp staat in de catalogi van de sites. Controleer de sites (F5) en kies variabelen uit de catalogus.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for descriptives…</source>
        <translation>
            <numerusform>%n site vragen om beschrijvende statistieken…</numerusform>
            <numerusform>%n sites vragen om beschrijvende statistieken…</numerusform>
        </translation>
    </message>
    <message>
        <source>No site released descriptives. %1</source>
        <translation>Geen enkele site heeft beschrijvende statistieken vrijgegeven. %1</translation>
    </message>
    <message>
        <source>Dashboard — purpose %1</source>
        <translation>Dashboard — doel %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>niet gerapporteerd</translation>
    </message>
    <message>
        <source>The sites reported no missing values.</source>
        <translation>De sites hebben geen ontbrekende waarden gemeld.</translation>
    </message>
    <message>
        <source>%1 [95% CI]</source>
        <translation>%1 [95%-BI]</translation>
    </message>
    <message>
        <source>1 (reference)</source>
        <translation>1 (referentie)</translation>
    </message>
    <message>
        <source>0 (reference)</source>
        <translation>0 (referentie)</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>De pdf kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Kon het rapport niet naar %1 schrijven: %2</translation>
    </message>
    <message>
        <source>%1 [%2%3%4]</source>
        <translation>%1 [%2%3%4]</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <source>Estimate [95% CI]</source>
        <translation>Schatting [95%-BI]</translation>
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
        <translation>Referentieniveau: de andere niveaus worden ermee vergeleken.</translation>
    </message>
    <message>
        <source>Design column %1</source>
        <translation>Ontwerpkolom %1</translation>
    </message>
    <message>
        <source>Results document</source>
        <translation>Resultatendocument</translation>
    </message>
    <message>
        <source>&amp;Copy Table (HTML and CSV)</source>
        <translation>Tabel &amp;kopiëren (HTML en CSV)</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>Tabel &amp;exporteren als CSV…</translation>
    </message>
    <message>
        <source>Study and signatures</source>
        <translation>Studie en handtekeningen</translation>
    </message>
    <message>
        <source>Signatures per site</source>
        <translation>Handtekeningen per site</translation>
    </message>
    <message>
        <source>Masked aggregation (the client saw only the sums of all sites)</source>
        <translation>Gemaskeerde aggregatie (de client zag alleen de sommen over alle sites)</translation>
    </message>
    <message>
        <source>Plain aggregation (each site&apos;s statistics were visible to the client)</source>
        <translation>Gewone aggregatie (de statistieken van elke site waren zichtbaar voor de client)</translation>
    </message>
    <message>
        <source>Aggregation &quot;%1&quot;</source>
        <translation>Aggregatie &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1 by %n site(s): %2.</source>
        <translation>
            <numerusform>%1 door %n site: %2.</numerusform>
            <numerusform>%1 door %n sites: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed (not contributing): %1.</source>
        <translation>Waarnemer (draagt niet bij): %1.</translation>
    </message>
    <message>
        <source>Every site signed this result: each signed the study manifest and the final coefficients, and every signature verified against the site&apos;s pinned key.</source>
        <translation>Elke site heeft dit resultaat ondertekend: elke site ondertekende het studiemanifest en de definitieve coëfficiënten, en elke handtekening is geverifieerd met de vastgepinde sleutel van de site.</translation>
    </message>
    <message>
        <source>%1: no signature check recorded</source>
        <translation>%1: geen handtekeningcontrole vastgelegd</translation>
    </message>
    <message>
        <source>the manifest signature did not verify</source>
        <translation>de handtekening onder het manifest is niet geverifieerd</translation>
    </message>
    <message>
        <source>the final coefficients were not attested</source>
        <translation>de definitieve coëfficiënten zijn niet geattesteerd</translation>
    </message>
    <message>
        <source>Not every site&apos;s signature verified — %1. Do not rely on this result before the sites&apos; administrators have looked at it.</source>
        <translation>Niet elke handtekening van de sites is geverifieerd — %1. Vertrouw niet op dit resultaat voordat de beheerders van de sites ernaar hebben gekeken.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NIET geverifieerd</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>waarnemer</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Signed manifest</source>
        <translation>Manifest ondertekend</translation>
    </message>
    <message>
        <source>Signed final coefficients</source>
        <translation>Definitieve coëfficiënten ondertekend</translation>
    </message>
    <message>
        <source>%1 (log)</source>
        <translation>%1 (log)</translation>
    </message>
    <message>
        <source>%1 (per SD)</source>
        <translation>%1 (per SD)</translation>
    </message>
    <message>
        <source>%1 (winsorised)</source>
        <translation>%1 (gewinsoriseerd)</translation>
    </message>
    <message>
        <source>%1 (spline term %2)</source>
        <translation>%1 (splineterm %2)</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Intercept</translation>
    </message>
    <message>
        <source>%1: %2 (reference)</source>
        <translation>%1: %2 (referentie)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>fitting the model</source>
        <translation>het model schatten</translation>
    </message>
    <message>
        <source>calibration slope</source>
        <translation>kalibratiehelling</translation>
    </message>
    <message>
        <source>calibration intercept</source>
        <translation>kalibratie-intercept</translation>
    </message>
    <message>
        <source>fitting the model at each site alone</source>
        <translation>het model per site afzonderlijk schatten</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, ronde %2</translation>
    </message>
    <message>
        <source>%1: opening the jobs</source>
        <translation>%1: de jobs openen</translation>
    </message>
    <message>
        <source>%1: final coefficients</source>
        <translation>%1: definitieve coëfficiënten</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>asking the sites who they are</source>
        <translation>de sites vragen wie ze zijn</translation>
    </message>
    <message>
        <source>reading the catalogues</source>
        <translation>de catalogi lezen</translation>
    </message>
    <message>
        <source>reading the cohort&apos;s descriptives</source>
        <translation>de beschrijvende statistieken van het cohort lezen</translation>
    </message>
    <message>
        <source>resolving the design</source>
        <translation>het ontwerp uitwerken</translation>
    </message>
    <message>
        <source>evaluating the model</source>
        <translation>het model evalueren</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Left out after a failure: %1</source>
        <translation>Weggelaten na een fout: %1</translation>
    </message>
    <message>
        <source>Not part of the finished run.</source>
        <translation>Geen deel van de voltooide analyse.</translation>
    </message>
    <message>
        <source>Stopped: the run was cancelled.</source>
        <translation>Gestopt: de analyse is geannuleerd.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestopt: %1</translation>
    </message>
    <message>
        <source>Stopped because %1 failed.</source>
        <translation>Gestopt omdat %1 is mislukt.</translation>
    </message>
    <message>
        <source>The model was fitted; the evaluation stopped: %1</source>
        <translation>Het model is geschat; de evaluatie is gestopt: %1</translation>
    </message>
    <message>
        <source>This node is already in the list as &quot;%1&quot; (same address and pin). A node added twice would count its records twice: use the existing entry.</source>
        <translation>Deze node staat al in de lijst als &quot;%1&quot; (zelfde adres en pin). Een node die twee keer is toegevoegd, telt zijn records dubbel: gebruik de bestaande vermelding.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; is already in the list. Choose another name.</source>
        <translation>Er staat al een site met de naam &quot;%1&quot; in de lijst. Kies een andere naam.</translation>
    </message>
    <message>
        <source>fairstart: there is no display to open the workbench on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session, or use fairstart-cli in a terminal. &apos;fairstart --help&apos; lists the options.</source>
        <translation>fairstart: er is geen beeldscherm om de werkbank op te openen (DISPLAY en WAYLAND_DISPLAY zijn geen van beide ingesteld). Start hem vanuit een bureaubladsessie, of gebruik fairstart-cli in een terminal. &apos;fairstart --help&apos; toont de opties.</translation>
    </message>
    <message>
        <source>Funnel plot: rate against size</source>
        <translation>Funnelplot: rate tegen omvang</translation>
    </message>
    <message>
        <source>Per area</source>
        <translation>Per gebied</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Funnelplot</translation>
    </message>
    <message>
        <source>%1 = %2 against the size of the area</source>
        <translation>%1 = %2 tegen de omvang van het gebied</translation>
    </message>
    <message>
        <source>The funnel plot and its pooled rate leave out %1: their counts are withheld.</source>
        <translation>De funnelplot en zijn samengevoegde rate laten %1 weg: hun aantallen zijn achtergehouden.</translation>
    </message>
    <message>
        <source>Records (size of the area)</source>
        <translation>Records (omvang van het gebied)</translation>
    </message>
    <message>
        <source>Pooled rate %1</source>
        <translation>Samengevoegde rate %1</translation>
    </message>
    <message>
        <source>95% limits</source>
        <translation>95%-grenzen</translation>
    </message>
    <message>
        <source>99.8% limits</source>
        <translation>99,8%-grenzen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>The interaction was added but not fully connected: %1</source>
        <translation>De interactie is toegevoegd maar niet volledig verbonden: %1</translation>
    </message>
    <message>
        <source>Accept Changed &amp;Keys…</source>
        <translation>Gewijzigde &amp;sleutels accepteren…</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>Analyses &amp;vergelijken</translation>
    </message>
    <message>
        <source>Show the two selected runs side by side.</source>
        <translation>Toon de twee geselecteerde analyses naast elkaar.</translation>
    </message>
    <message>
        <source>&amp;Validate Across Sites (Leave One Out)…</source>
        <translation>Valideren over sites (één site &amp;weglaten)…</translation>
    </message>
    <message>
        <source>Fit the design on all sites but one and evaluate it at the one left out, for every site; pooled per measure.</source>
        <translation>Schat het ontwerp op alle sites op één na en evalueer het bij de weggelaten site, voor elke site; samengevoegd per maat.</translation>
    </message>
    <message>
        <source>Accept changed keys…</source>
        <translation>Gewijzigde sleutels accepteren…</translation>
    </message>
    <message>
        <source>Select two runs to compare (Ctrl+click the second).</source>
        <translation>Selecteer twee analyses om te vergelijken (Ctrl+klik op de tweede).</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Analyses vergelijken</translation>
    </message>
    <message>
        <source>Close workspace</source>
        <translation>Werkruimte sluiten</translation>
    </message>
    <message>
        <source>The run of %1 has no stored result: it did not finish. Compare finished runs.</source>
        <translation>De analyse van %1 heeft geen opgeslagen resultaat: zij is niet voltooid. Vergelijk voltooide analyses.</translation>
    </message>
    <message>
        <source>The stored result of a run cannot be read (%1).</source>
        <translation>Het opgeslagen resultaat van een analyse kan niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Analyse van %1</translation>
    </message>
    <message>
        <source>Close Fairstart</source>
        <translation>Fairstart sluiten</translation>
    </message>
    <message>
        <source>Close anyway and lose the unsaved changes?</source>
        <translation>Toch sluiten en de niet-opgeslagen wijzigingen verliezen?</translation>
    </message>
    <message>
        <source>Validate across sites</source>
        <translation>Valideren over sites</translation>
    </message>
    <message>
        <source>Validation measures discrimination and calibration of a risk model: set the Model block to logistic regression (a yes/no outcome) first.</source>
        <translation>Validatie meet discriminatie en kalibratie van een risicomodel: zet het modelblok eerst op logistische regressie (een ja/nee-uitkomst).</translation>
    </message>
    <message>
        <source>The validation finished; its results are in the Validation section.</source>
        <translation>De validatie is voltooid; de resultaten staan in de sectie Validatie.</translation>
    </message>
    <message>
        <source>The validation stopped: %1</source>
        <translation>De validatie is gestopt: %1</translation>
    </message>
    <message>
        <source>Validation (leave one site out)</source>
        <translation>Validatie (één site weglaten)</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each of the %1 sites the model was fitted on all other sites and evaluated at the site left out; %2 sites released their evaluation. Each measure is pooled with a random-effects model (REML, Knapp–Hartung 95% CI, 95% prediction interval for a new site), the AUC on the logit scale and observed/expected on the log scale.</source>
        <translation>Intern-externe kruisvalidatie: voor elk van de %1 sites is het model geschat op alle andere sites en geëvalueerd bij de weggelaten site; %2 sites gaven hun evaluatie vrij. Elke maat is samengevoegd met een random-effectsmodel (REML, Knapp-Hartung 95%-BI, 95%-predictie-interval voor een nieuwe site), de AUC op de logitschaal en waargenomen/verwacht op de logschaal.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <source>95% prediction interval</source>
        <translation>95%-predictie-interval</translation>
    </message>
    <message>
        <source>τ²</source>
        <translation>τ²</translation>
    </message>
    <message>
        <source>Held-out site</source>
        <translation>Weggelaten site</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Calibration slope</source>
        <translation>Kalibratiehelling</translation>
    </message>
    <message>
        <source>Calibration-in-the-large</source>
        <translation>Kalibratie in het groot</translation>
    </message>
    <message>
        <source>O/E</source>
        <translation>W/V</translation>
    </message>
    <message>
        <source>Model performance (apparent)</source>
        <translation>Modelprestaties (schijnbaar)</translation>
    </message>
    <message>
        <source>Apparent performance, on the records the model was fitted on.</source>
        <translation>Schijnbare prestaties, op de records waarop het model is geschat.</translation>
    </message>
    <message>
        <source>Discrimination: apparent AUC %1 (95% CI %2 to %3, DeLong).</source>
        <translation>Discriminatie: schijnbare AUC %1 (95%-BI %2 tot %3, DeLong).</translation>
    </message>
    <message>
        <source>Apparent calibration intercept %1.</source>
        <translation>Schijnbaar kalibratie-intercept %1.</translation>
    </message>
    <message>
        <source>Apparent calibration slope %1 (1 by construction on the development data).</source>
        <translation>Schijnbare kalibratiehelling %1 (per constructie 1 op de ontwikkelgegevens).</translation>
    </message>
    <message>
        <source>Apparent AUC</source>
        <translation>Schijnbare AUC</translation>
    </message>
    <message>
        <source>Section 9 reports apparent performance on the development data; the validation in section 11 shows performance at sites the model was not fitted on.</source>
        <translation>Sectie 9 rapporteert de schijnbare prestaties op de ontwikkelgegevens; de validatie in sectie 11 toont de prestaties bij sites waarop het model niet is geschat.</translation>
    </message>
    <message>
        <source>apparent AUC %1 (95% CI %2 to %3)</source>
        <translation>schijnbare AUC %1 (95%-BI %2 tot %3)</translation>
    </message>
    <message>
        <source>Calibration (apparent)</source>
        <translation>Kalibratie (schijnbaar)</translation>
    </message>
    <message>
        <source>Risk threshold</source>
        <translation>Risicodrempel</translation>
    </message>
    <message>
        <source>Net benefit</source>
        <translation>Netto voordeel</translation>
    </message>
    <message>
        <source>Treat none</source>
        <translation>Niemand behandelen</translation>
    </message>
    <message>
        <source>Treat all</source>
        <translation>Iedereen behandelen</translation>
    </message>
    <message>
        <source>Model, all sites</source>
        <translation>Model, alle sites</translation>
    </message>
    <message>
        <source>Thresholds of the Evaluation block</source>
        <translation>Drempels van het blok Evaluatie</translation>
    </message>
    <message>
        <source>Decision curve (apparent): net benefit by risk threshold</source>
        <translation>Beslissingscurve (schijnbaar): netto voordeel per risicodrempel</translation>
    </message>
    <message>
        <source>Random effects (REML)</source>
        <translation>Random effects (REML)</translation>
    </message>
    <message>
        <source>[%1%2%3]</source>
        <translation>[%1%2%3]</translation>
    </message>
    <message>
        <source>Random effects (REML, Knapp–Hartung): %1 (95% CI %2 to %3), 95% prediction interval %4 to %5, τ² = %6 on the scale it was pooled on.</source>
        <translation>Random effects (REML, Knapp-Hartung): %1 (95%-BI %2 tot %3), 95%-predictie-interval %4 tot %5, τ² = %6 op de schaal waarop is samengevoegd.</translation>
    </message>
    <message>
        <source>This run has no decision curve: it needs the performance results of a logistic model and a risk threshold in the Evaluation block.</source>
        <translation>Deze analyse heeft geen beslissingscurve: daarvoor zijn de prestatieresultaten van een logistisch model en een risicodrempel in het blok Evaluatie nodig.</translation>
    </message>
    <message>
        <source>Decision curve</source>
        <translation>Beslissingscurve</translation>
    </message>
    <message>
        <source>Apparent AUC %1 (95% CI %2 to %3; DeLong), binning error at most %4. Apparent: the model is scored on the records it was fitted on, which is optimistic; see the validation for performance at sites left out.</source>
        <translation>Schijnbare AUC %1 (95%-BI %2 tot %3; DeLong), indelingsfout ten hoogste %4. Schijnbaar: het model wordt beoordeeld op de records waarop het is geschat, wat optimistisch is; zie de validatie voor de prestaties bij weggelaten sites.</translation>
    </message>
    <message>
        <source>Apparent calibration intercept %1 (ideal 0).</source>
        <translation>Schijnbaar kalibratie-intercept %1 (ideaal 0).</translation>
    </message>
    <message>
        <source>Apparent calibration slope %1 (ideal 1; on the data the model was fitted on it is 1 by construction).</source>
        <translation>Schijnbare kalibratiehelling %1 (ideaal 1; op de gegevens waarop het model is geschat, is ze per constructie 1).</translation>
    </message>
    <message>
        <source>At risk threshold %1: net benefit %2 with the model, %3 treating all, 0 treating none.</source>
        <translation>Bij risicodrempel %1: netto voordeel %2 met het model, %3 als iedereen wordt behandeld, 0 als niemand wordt behandeld.</translation>
    </message>
    <message>
        <source>Apparent: computed on the records the model was fitted on, from the ROC curves the sites released; per-site curves where a site released its own.</source>
        <translation>Schijnbaar: berekend op de records waarop het model is geschat, uit de ROC-curves die de sites vrijgaven; curves per site waar een site haar eigen curve vrijgaf.</translation>
    </message>
    <message>
        <source>Apparent AUC per site with 95% intervals</source>
        <translation>Schijnbare AUC per site met 95%-intervallen</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>niet in deze analyse</translation>
    </message>
    <message>
        <source>Same design</source>
        <translation>Zelfde ontwerp</translation>
    </message>
    <message>
        <source>design %1</source>
        <translation>ontwerp %1</translation>
    </message>
    <message>
        <source>%1: estimate</source>
        <translation>%1: schatting</translation>
    </message>
    <message>
        <source>%1: standard error</source>
        <translation>%1: standaardfout</translation>
    </message>
    <message>
        <source>%1: ratio</source>
        <translation>%1: ratio</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>The second run against the first: rows where they differ are in bold. Differences are second minus first.</source>
        <translation>De tweede analyse tegenover de eerste: rijen waarin ze verschillen zijn vet. Verschillen zijn tweede min eerste.</translation>
    </message>
    <message>
        <source>Comparison of two runs</source>
        <translation>Vergelijking van twee analyses</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Apparent AUC 95% CI</source>
        <translation>Schijnbare AUC 95%-BI</translation>
    </message>
    <message>
        <source>Observed/expected</source>
        <translation>Waargenomen/verwacht</translation>
    </message>
    <message>
        <source>The measures are not pooled: pooling needs the held-out evaluation of at least %1 sites, and %2 released one. Add sites, or ask the sites whose evaluation was withheld or failed why.</source>
        <translation>De maten zijn niet samengevoegd: samenvoegen vraagt de evaluatie bij weglating van minstens %1 sites, en %2 gaven er een vrij. Voeg sites toe, of vraag de sites waarvan de evaluatie is achtergehouden of mislukt naar de reden.</translation>
    </message>
    <message>
        <source>The measures could not be pooled: %1</source>
        <translation>De maten konden niet worden samengevoegd: %1</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>geëvalueerd</translation>
    </message>
    <message>
        <source>withheld: %1</source>
        <translation>achtergehouden: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>geen interval</translation>
    </message>
    <message>
        <source>Pooled (random effects)</source>
        <translation>Samengevoegd (random effects)</translation>
    </message>
    <message>
        <source>%1 at each held-out site</source>
        <translation>%1 bij elke weggelaten site</translation>
    </message>
    <message>
        <source>Pooled estimate</source>
        <translation>Samengevoegde schatting</translation>
    </message>
    <message>
        <source>Pooled on scale</source>
        <translation>Samengevoegd op schaal</translation>
    </message>
    <message>
        <source>logit</source>
        <translation>logit</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>Decision curve at the held-out sites</source>
        <translation>Beslissingscurve bij de weggelaten sites</translation>
    </message>
    <message>
        <source>About the validation</source>
        <translation>Over de validatie</translation>
    </message>
    <message>
        <source>Pooled validation measures</source>
        <translation>Samengevoegde validatiematen</translation>
    </message>
    <message>
        <source>Performance at each held-out site</source>
        <translation>Prestaties bij elke weggelaten site</translation>
    </message>
    <message>
        <source>No validation yet. The performance above is apparent: the model is scored on the records it was fitted on. Choose Analyses ▸ Validate Across Sites to fit the model at all sites but one and evaluate it at the one left out, for every site in turn.</source>
        <translation>Nog geen validatie. De prestaties hierboven zijn schijnbaar: het model wordt beoordeeld op de records waarop het is geschat. Kies Analyses ▸ Valideren over sites om het model te schatten op alle sites op één na en het te evalueren bij de weggelaten site, voor elke site om beurten.</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each site the model was fitted on all other sites and evaluated at the site left out. %1 of %2 sites were evaluated; %3 withheld their evaluation and %4 failed.</source>
        <translation>Intern-externe kruisvalidatie: voor elke site is het model geschat op alle andere sites en geëvalueerd bij de weggelaten site. %1 van %2 sites zijn geëvalueerd; %3 hielden hun evaluatie achter en %4 faalden.</translation>
    </message>
    <message>
        <source>Each measure is pooled with a random-effects model (REML, Knapp–Hartung 95% CI, 95% prediction interval for a new site): the AUC on the logit scale, observed/expected on the log scale. The diamond is the pooled estimate with its CI, the dashed line the prediction interval.</source>
        <translation>Elke maat is samengevoegd met een random-effectsmodel (REML, Knapp-Hartung 95%-BI, 95%-predictie-interval voor een nieuwe site): de AUC op de logitschaal, waargenomen/verwacht op de logschaal. De ruit is de samengevoegde schatting met haar BI, de stippellijn het predictie-interval.</translation>
    </message>
    <message>
        <source>This validation is of another design than the fit shown above (design %1…); run the fit of this design to compare them.</source>
        <translation>Deze validatie betreft een ander ontwerp dan de schatting hierboven (ontwerp %1…); voer de schatting van dit ontwerp uit om ze te vergelijken.</translation>
    </message>
    <message>
        <source>asking the sites whether they would run it</source>
        <translation>de sites vragen of zij het zouden uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Check at Sites</source>
        <translation>&amp;Controleren bij sites</translation>
    </message>
    <message>
        <source>Ask every chosen site whether the design and cohort pass its rules, without computing anything. Each check counts as a job in the site&apos;s daily quota.</source>
        <translation>Vraag elke gekozen site of het ontwerp en het cohort aan haar regels voldoen, zonder iets te berekenen. Elke controle telt als een job in het dagquotum van de site.</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Run again on the same sites, as a new run.</source>
        <translation>Opnieuw uitvoeren op dezelfde sites, als nieuwe analyse.</translation>
    </message>
    <message>
        <source>Checking at the sites…</source>
        <translation>Controleren bij de sites…</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Voldoet</translation>
    </message>
    <message numerus="yes">
        <source>The site would run this design: every rule it checks in advance passed (%n rule(s)).</source>
        <translation>
            <numerusform>De site zou dit ontwerp uitvoeren: elke regel die zij vooraf controleert, is doorstaan (%n regel).</numerusform>
            <numerusform>De site zou dit ontwerp uitvoeren: elke regel die zij vooraf controleert, is doorstaan (%n regels).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) would not run this design; see their rows for the rule and what to change. Nothing was computed.</source>
        <translation>
            <numerusform>%n site zou dit ontwerp niet uitvoeren; zie haar rij voor de regel en wat er moet veranderen. Er is niets berekend.</numerusform>
            <numerusform>%n sites zouden dit ontwerp niet uitvoeren; zie hun rijen voor de regel en wat er moet veranderen. Er is niets berekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was the only site of the run; choose other sites first.</source>
        <translation>%1 was de enige site van de analyse; kies eerst andere sites.</translation>
    </message>
    <message>
        <source>Run &amp;Without %1</source>
        <translation>Uitvoeren &amp;zonder %1</translation>
    </message>
    <message>
        <source>A new run on the other sites. A site whose policy refuses studies one site away from an earlier one will say so.</source>
        <translation>Een nieuwe analyse op de andere sites. Een site waarvan het beleid studies weigert die maar één site verschillen van een eerdere, zal dat melden.</translation>
    </message>
    <message>
        <source>Changed study keys of %1</source>
        <translation>Gewijzigde studiesleutels van %1</translation>
    </message>
    <message>
        <source>The node of site %1 (%2) presents other study keys than the ones recorded for it. Either its administrator re-initialised the node, or someone else is answering in its place.</source>
        <translation>De node van site %1 (%2) toont andere studiesleutels dan die voor haar zijn vastgelegd. Ofwel heeft haar beheerder de node opnieuw geïnitialiseerd, ofwel antwoordt iemand anders in haar plaats.</translation>
    </message>
    <message>
        <source>Recorded:
  signing key        %1
  key-agreement key  %2

Presented now:
  signing key        %3
  key-agreement key  %4</source>
        <translation>Vastgelegd:
  ondertekeningssleutel  %1
  sleutelafspraaksleutel %2

Nu getoond:
  ondertekeningssleutel  %3
  sleutelafspraaksleutel %4</translation>
    </message>
    <message>
        <source>Before you accept, ask the site&apos;s administrator for the new fingerprints by phone or in person (not over a channel that may be compromised) and compare them character by character. Until you accept, Fairstart sends nothing more to this site.</source>
        <translation>Vraag de beheerder van de site, voordat u accepteert, om de nieuwe vingerafdrukken per telefoon of persoonlijk (niet via een kanaal dat gecompromitteerd kan zijn) en vergelijk ze teken voor teken. Zolang u niet accepteert, stuurt Fairstart niets meer naar deze site.</translation>
    </message>
    <message>
        <source>Recorded and presented key fingerprints</source>
        <translation>Vastgelegde en getoonde vingerafdrukken van de sleutels</translation>
    </message>
    <message>
        <source>The administrator of %1 &amp;confirmed these new fingerprints to me</source>
        <translation>De beheerder van %1 heeft deze nieuwe vingerafdrukken aan mij &amp;bevestigd</translation>
    </message>
    <message>
        <source>&amp;Accept New Keys</source>
        <translation>Nieuwe sleutels &amp;accepteren</translation>
    </message>
    <message>
        <source>Recorded the study keys of %1 (signing key %2); a node that presents other keys for this site is refused from now on.</source>
        <translation>De studiesleutels van %1 vastgelegd (ondertekeningssleutel %2); een node die andere sleutels voor deze site toont, wordt voortaan geweigerd.</translation>
    </message>
    <message>
        <source>The study keys of %1 did not change at its last check; there is nothing to accept. Check the site again first.</source>
        <translation>De studiesleutels van %1 zijn bij de laatste controle niet veranderd; er is niets te accepteren. Controleer de site eerst opnieuw.</translation>
    </message>
    <message>
        <source>Accept new keys</source>
        <translation>Nieuwe sleutels accepteren</translation>
    </message>
    <message>
        <source>Accepted the new study keys of %1 (signing key %2).</source>
        <translation>De nieuwe studiesleutels van %1 geaccepteerd (ondertekeningssleutel %2).</translation>
    </message>
    <message>
        <source>Site %1 presents other study keys than the ones recorded for it: the node was re-initialised, or someone is answering in its place. Nothing more is asked of it. Confirm the new key fingerprints with the site&apos;s administrator, then choose Accept Changed Keys.</source>
        <translation>Site %1 toont andere studiesleutels dan die voor haar zijn vastgelegd: de node is opnieuw geïnitialiseerd, of iemand antwoordt in haar plaats. Er wordt haar niets meer gevraagd. Bevestig de nieuwe vingerafdrukken van de sleutels met de beheerder van de site en kies daarna Gewijzigde sleutels accepteren.</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Sleutel gewijzigd</translation>
    </message>
    <message>
        <source>Signing key: %1
Key-agreement key: %2</source>
        <translation>Ondertekeningssleutel: %1
Sleutelafspraaksleutel: %2</translation>
    </message>
    <message>
        <source>%1 (changed!)</source>
        <translation>%1 (gewijzigd!)</translation>
    </message>
    <message>
        <source>Study keys</source>
        <translation>Studiesleutels</translation>
    </message>
    <message>
        <source>Sites to validate on</source>
        <translation>Sites om op te valideren</translation>
    </message>
    <message>
        <source>Each site in turn is left out: the model is fitted on all the others and evaluated at the site left out, which checks every number against its own rules before releasing it. This needs at least %1 sites and takes one fit per site.</source>
        <translation>Elke site wordt om beurten weggelaten: het model wordt geschat op alle andere en geëvalueerd bij de weggelaten site, die elk getal aan haar eigen regels toetst voordat ze het vrijgeeft. Dit vraagt minstens %1 sites en kost één schatting per site.</translation>
    </message>
    <message>
        <source>Progress per held-out site</source>
        <translation>Voortgang per weggelaten site</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valideren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Choose at least %1 sites: each is left out in turn and the results are pooled over the sites left out.</source>
        <translation>Kies minstens %1 sites: elke site wordt om beurten weggelaten en de resultaten worden samengevoegd over de weggelaten sites.</translation>
    </message>
    <message>
        <source>Choose a purpose: the sites check it against your token.</source>
        <translation>Kies een doel: de sites toetsen het aan uw token.</translation>
    </message>
    <message>
        <source>Leaving out %1 (%2 of %3): fitting on the others.</source>
        <translation>%1 weglaten (%2 van %3): schatten op de andere.</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Geëvalueerd</translation>
    </message>
    <message>
        <source>AUC %1 on %2 records</source>
        <translation>AUC %1 op %2 records</translation>
    </message>
    <message>
        <source>Finished: the results are in the Validation section.</source>
        <translation>Voltooid: de resultaten staan in de sectie Validatie.</translation>
    </message>
    <message>
        <source>The design was not saved automatically: %1 Your changes are still on screen; save them with Save Design Version (Ctrl+S) once that is solved.</source>
        <translation>Het ontwerp is niet automatisch opgeslagen: %1 Uw wijzigingen staan nog op het scherm; sla ze op met Ontwerpversie opslaan (Ctrl+S) zodra dat is opgelost.</translation>
    </message>
    <message>
        <source>The design could not be saved in the workspace: %1 Your changes are still on screen; save them with Save Design Version (Ctrl+S) once that is solved.</source>
        <translation>Het ontwerp kon niet in de werkruimte worden opgeslagen: %1 Uw wijzigingen staan nog op het scherm; sla ze op met Ontwerpversie opslaan (Ctrl+S) zodra dat is opgelost.</translation>
    </message>
    <message>
        <source>This request is missing from the workspace&apos;s request log: %1 Note what you asked of the sites until the log can be written again.</source>
        <translation>Dit verzoek ontbreekt in het verzoekenlogboek van de werkruimte: %1 Noteer wat u de sites hebt gevraagd totdat het logboek weer kan worden geschreven.</translation>
    </message>
    <message>
        <source>This run could not be recorded in the workspace: %1 The run goes on, but it will not be in the list of runs; export its results when it ends.</source>
        <translation>Deze analyse kon niet in de werkruimte worden vastgelegd: %1 De analyse loopt door, maar staat niet in de lijst van analyses; exporteer de resultaten wanneer zij eindigt.</translation>
    </message>
    <message>
        <source>The run&apos;s record in the workspace could not be updated: %1 The run goes on; its stored record may not show every site&apos;s final state.</source>
        <translation>De vastlegging van de analyse in de werkruimte kon niet worden bijgewerkt: %1 De analyse loopt door; de opgeslagen vastlegging toont mogelijk niet de eindtoestand van elke site.</translation>
    </message>
    <message>
        <source>The workspace could not remember the open design: %1 Next time, open it from the list of designs.</source>
        <translation>De werkruimte kon het geopende ontwerp niet onthouden: %1 Open het de volgende keer uit de lijst van ontwerpen.</translation>
    </message>
    <message>
        <source>The workspace&apos;s list of sites could not be changed: %1</source>
        <translation>De lijst van sites van de werkruimte kon niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <source>Writes the workbench&apos;s PDF report of a run from its JSON (fairstart-cli fit --format json).</source>
        <translation>Schrijft het PDF-rapport van de workbench van een analyse uit haar JSON (fairstart-cli fit --format json).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand dat wordt geschreven.</translation>
    </message>
    <message>
        <source>A JSON object of variable labels {&quot;name&quot;: &quot;label&quot;} for readable terms.</source>
        <translation>Een JSON-object met variabelelabels {&quot;name&quot;: &quot;label&quot;} voor leesbare termen.</translation>
    </message>
    <message>
        <source>The run&apos;s JSON; &apos;-&apos; or nothing reads standard input.</source>
        <translation>De JSON van de analyse; &apos;-&apos; of niets leest standaardinvoer.</translation>
    </message>
    <message>
        <source>name the PDF to write with --out FILE.pdf</source>
        <translation>geef de te schrijven PDF op met --out FILE.pdf</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s JSON (%1)</source>
        <translation>kan de JSON van de analyse niet lezen (%1)</translation>
    </message>
    <message>
        <source>the input is not a run&apos;s JSON: %1</source>
        <translation>de invoer is geen JSON van een analyse: %1</translation>
    </message>
    <message>
        <source>the input is not a run&apos;s JSON (fairstart-cli fit --format json): %1</source>
        <translation>de invoer is geen JSON van een analyse (fairstart-cli fit --format json): %1</translation>
    </message>
    <message>
        <source>cannot read the labels %1 (%2)</source>
        <translation>kan de labels %1 niet lezen (%2)</translation>
    </message>
    <message>
        <source>Trend by birth year</source>
        <translation>Trend per geboortejaar</translation>
    </message>
    <message>
        <source>No trend released: the areas release no counts per birth year for %1</source>
        <translation>Geen trend vrijgegeven: de gebieden geven geen aantallen per geboortejaar vrij voor %1</translation>
    </message>
    <message>
        <source>%1 = %2 by %3</source>
        <translation>%1 = %2 per %3</translation>
    </message>
    <message>
        <source>Not in the dashboard: %1</source>
        <translation>Niet in het dashboard: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Withheld by the area: fewer than %1 records, or withheld to protect another cell.</source>
        <translation>Achtergehouden door het gebied: minder dan %1 records, of achtergehouden om een andere cel te beschermen.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Achtergehouden</translation>
    </message>
    <message numerus="yes">
        <source>The design has %n Evaluation blocks, but a run uses the settings of one: delete the others and keep the one whose settings you want.</source>
        <translation>
            <numerusform>Het ontwerp heeft %n blok Evaluatie, maar een analyse gebruikt de instellingen van één blok: verwijder de andere en behoud het blok met de instellingen die u wilt.</numerusform>
            <numerusform>Het ontwerp heeft %n blokken Evaluatie, maar een analyse gebruikt de instellingen van één blok: verwijder de andere en behoud het blok met de instellingen die u wilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 released no descriptives: %2</source>
        <translation>%1 gaf geen beschrijvende statistieken vrij: %2</translation>
    </message>
    <message>
        <source>At each site left out: the estimate with its 95% CI below it.</source>
        <translation>Bij elke weggelaten site: de schatting met het 95%-BI eronder.</translation>
    </message>
    <message>
        <source>Internal–external cross-validation: for each site the model was fitted on all other sites and evaluated at the site left out. Each of the %1 sites was evaluated.</source>
        <translation>Intern-externe kruisvalidatie: voor elke site is het model op alle andere sites geschat en op de weggelaten site geëvalueerd. Elk van de %1 sites is geëvalueerd.</translation>
    </message>
    <message>
        <source>%1: exchanging the sites&apos; signatures</source>
        <translation>%1: handtekeningen van de sites uitwisselen</translation>
    </message>
    <message>
        <source>Evaluate a &amp;Registered Model…</source>
        <translation>&amp;Geregistreerd model evalueren…</translation>
    </message>
    <message>
        <source>Evaluate a validation model the sites registered (AUC, calibration, Brier score, O:E, decision curve) without fitting anything.</source>
        <translation>Evalueer een validatiemodel dat de sites registreerden (AUC, kalibratie, Brier-score, W:V, beslissingscurve) zonder iets te schatten.</translation>
    </message>
    <message>
        <source>Evaluate a registered model</source>
        <translation>Geregistreerd model evalueren</translation>
    </message>
    <message>
        <source>All sites (masked sum)</source>
        <translation>Alle sites (gemaskeerde som)</translation>
    </message>
    <message numerus="yes">
        <source>withheld at %n site(s)</source>
        <translation>
            <numerusform>achtergehouden bij %n site</numerusform>
            <numerusform>achtergehouden bij %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode: masked. Every site released its descriptives only masked (study %1); the pooled column is the decoded sum over the sites, and no site&apos;s own numbers are shown. A count that a site withheld is not added into the pooled column.</source>
        <translation>Modus: gemaskeerd. Elke site gaf haar beschrijvende statistieken alleen gemaskeerd vrij (studie %1); de samengevoegde kolom is de gedecodeerde som over de sites, en er worden geen eigen getallen van een site getoond. Een aantal dat een site heeft achtergehouden, wordt niet meegeteld in de samengevoegde kolom.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for masked descriptives…</source>
        <translation>
            <numerusform>%n site vragen om gemaskeerde beschrijvende statistieken…</numerusform>
            <numerusform>%n sites vragen om gemaskeerde beschrijvende statistieken…</numerusform>
        </translation>
    </message>
    <message>
        <source>The masked descriptives study ended without a result: %1</source>
        <translation>De studie voor gemaskeerde beschrijvende statistieken eindigde zonder resultaat: %1</translation>
    </message>
    <message>
        <source>No site is online. Add sites (Sites ▸ Add Site) and check them (F5): the registered models are the ones the online sites list.</source>
        <translation>Geen enkele site is online. Voeg sites toe (Sites ▸ Site toevoegen) en controleer ze (F5): de geregistreerde modellen zijn de modellen die de online sites vermelden.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n online site(s) lists a registered validation model. A site&apos;s administrator registers one with &apos;fairstart-node models add&apos;; check the sites again (F5) afterwards.</source>
        <translation>
            <numerusform>De %n online site vermeldt geen geregistreerd validatiemodel. De beheerder van een site registreert er een met &apos;fairstart-node models add&apos;; controleer daarna de sites opnieuw (F5).</numerusform>
            <numerusform>Geen van de %n online sites vermeldt een geregistreerd validatiemodel. De beheerder van een site registreert er een met &apos;fairstart-node models add&apos;; controleer daarna de sites opnieuw (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sites evaluated the registered model %1; the results are shown%2.</source>
        <translation>De sites hebben het geregistreerde model %1 geëvalueerd; de resultaten worden getoond%2.</translation>
    </message>
    <message>
        <source> and stored in the workspace</source>
        <translation> en zijn opgeslagen in de werkruimte</translation>
    </message>
    <message>
        <source>The validation could not be kept in the workspace: %1</source>
        <translation>De validatie kon niet in de werkruimte worden bewaard: %1</translation>
    </message>
    <message>
        <source>The stored validation of this run cannot be read (%1). Validate the design again.</source>
        <translation>De bewaarde validatie van deze analyse is niet te lezen (%1). Valideer het ontwerp opnieuw.</translation>
    </message>
    <message>
        <source>Showing the validation of %1.</source>
        <translation>De validatie van %1 wordt getoond.</translation>
    </message>
    <message>
        <source>Outcome in plain words</source>
        <translation>Uitkomst in gewone woorden</translation>
    </message>
    <message>
        <source>e.g. low birth weight</source>
        <translation>bijv. laag geboortegewicht</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>Registered model</source>
        <translation>Geregistreerd model</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelbestand</translation>
    </message>
    <message>
        <source>optional: your copy, for the masked evaluation</source>
        <translation>optioneel: uw kopie, voor de gemaskeerde evaluatie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>No coefficients are sent: each site evaluates its own registered copy. With your copy of the model file (the file the sites registered) and three or more sites the evaluation is masked: only the pooled result is decoded and every site attests the model&apos;s hash. Without it each site evaluates on its own and releases its own figures (plain mode, where the sites allow it).</source>
        <translation>Er worden geen coëfficiënten verstuurd: elke site evalueert haar eigen geregistreerde kopie. Met uw kopie van het modelbestand (het bestand dat de sites registreerden) en drie of meer sites is de evaluatie gemaskeerd: alleen het samengevoegde resultaat wordt gedecodeerd en elke site attesteert de hash van het model. Zonder die kopie evalueert elke site afzonderlijk en geeft zij haar eigen cijfers vrij (ongemaskeerde modus, waar de sites dat toestaan).</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Registered at:</source>
        <translation>Geregistreerd bij:</translation>
    </message>
    <message>
        <source>Model &amp;file:</source>
        <translation>Model&amp;bestand:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Verder…</translation>
    </message>
    <message>
        <source>The registered model&apos;s file</source>
        <translation>Het bestand van het geregistreerde model</translation>
    </message>
    <message>
        <source>Model files (*.json);;All files (*)</source>
        <translation>Modelbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file is another model than %1: its hash is %2, the sites registered %3. Choose the file the sites registered, or leave the field empty for the per-site evaluation.</source>
        <translation>Het bestand is een ander model dan %1: de hash ervan is %2, de sites registreerden %3. Kies het bestand dat de sites registreerden, of laat het veld leeg voor de evaluatie per site.</translation>
    </message>
    <message>
        <source>Coefficients fitted at each site alone (estimate and standard error), with the inverse-variance pooled estimate and Cochran&apos;s Q and I² per term:</source>
        <translation>Coëfficiënten geschat bij elke site afzonderlijk (schatting en standaardfout), met de gepoolde schatting (inverse variantie) en Cochrans Q en I² per term:</translation>
    </message>
    <message>
        <source>Sites without a fit of their own: %1.</source>
        <translation>Sites zonder eigen schatting: %1.</translation>
    </message>
    <message>
        <source>11.1 Performance by %1 (fairness)</source>
        <translation>11.1 Prestaties per %1 (fairness)</translation>
    </message>
    <message>
        <source>Each held-out site evaluated the model fitted on the other sites for each level of %1 and released a level only when it passed its rules. Each level is pooled over the held-out sites that released it (random effects, as above); a withheld level names the rule.</source>
        <translation>Elke weggelaten site evalueerde het model dat op de andere sites is geschat voor elk niveau van %1, en gaf een niveau alleen vrij als het aan haar regels voldeed. Elk niveau is samengevoegd over de weggelaten sites die het vrijgaven (random effects, zoals hierboven); bij een achtergehouden niveau staat de regel vermeld.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbrekend</translation>
    </message>
    <message>
        <source>not pooled</source>
        <translation>niet samengevoegd</translation>
    </message>
    <message>
        <source>Per level in bold, pooled over the held-out sites; below it, each held-out site.</source>
        <translation>Per niveau vetgedrukt, samengevoegd over de weggelaten sites; daaronder elke weggelaten site.</translation>
    </message>
    <message>
        <source>The sites released no per-site performance: %1.</source>
        <translation>De sites hebben geen prestaties per site vrijgegeven: %1.</translation>
    </message>
    <message>
        <source>withheld (%1)</source>
        <translation>achtergehouden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>not pooled: %n held-out site(s) released this level; pooling needs at least three</source>
        <translation>
            <numerusform>niet samengevoegd: %n weggelaten site gaf dit niveau vrij; samenvoegen vraagt er minstens drie</numerusform>
            <numerusform>niet samengevoegd: %n weggelaten sites gaven dit niveau vrij; samenvoegen vraagt er minstens drie</numerusform>
        </translation>
    </message>
    <message>
        <source>not pooled: withheld at %1; pooling needs at least three held-out sites</source>
        <translation>niet samengevoegd: achtergehouden bij %1; samenvoegen vraagt minstens drie weggelaten sites</translation>
    </message>
    <message>
        <source>not pooled: %1</source>
        <translation>niet samengevoegd: %1</translation>
    </message>
    <message>
        <source>without %1, where it was withheld</source>
        <translation>zonder %1, waar het is achtergehouden</translation>
    </message>
    <message>
        <source>%1 by %2, pooled over the held-out sites</source>
        <translation>%1 per %2, samengevoegd over de weggelaten sites</translation>
    </message>
    <message numerus="yes">
        <source>Pooled (%n site(s))</source>
        <translation>
            <numerusform>Samengevoegd (%n site)</numerusform>
            <numerusform>Samengevoegd (%n sites)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (regel %2)</translation>
    </message>
    <message>
        <source>the stored validation is not readable (%1)</source>
        <translation>de bewaarde validatie is niet leesbaar (%1)</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <translation>onbekend schema</translation>
    </message>
    <message>
        <source>a site&apos;s state</source>
        <translation>de toestand van een site</translation>
    </message>
    <message>
        <source>the measures of %1</source>
        <translation>de maten van %1</translation>
    </message>
    <message>
        <source>numbers of a site without an evaluation</source>
        <translation>getallen van een site zonder evaluatie</translation>
    </message>
    <message>
        <source>a decision curve</source>
        <translation>een beslissingscurve</translation>
    </message>
    <message>
        <source>a pooled measure</source>
        <translation>een samengevoegde maat</translation>
    </message>
    <message>
        <source>the pooled decision curve</source>
        <translation>de samengevoegde beslissingscurve</translation>
    </message>
    <message>
        <source>a subgroup row</source>
        <translation>een subgroeprij</translation>
    </message>
    <message>
        <source>numbers of a withheld subgroup</source>
        <translation>getallen van een achtergehouden subgroep</translation>
    </message>
    <message>
        <source>About the subgroups</source>
        <translation>Over de subgroepen</translation>
    </message>
    <message>
        <source>Performance by subgroup</source>
        <translation>Prestaties per subgroep</translation>
    </message>
    <message>
        <source>%1 by subgroup</source>
        <translation>%1 per subgroep</translation>
    </message>
    <message>
        <source>No subgroups: choose a subgroup variable (such as sex or income quintile) in Analyses ▸ Validate Across Sites to see discrimination and calibration by its levels.</source>
        <translation>Geen subgroepen: kies een subgroepvariabele (zoals geslacht of inkomenskwintiel) in Analyses ▸ Valideren over sites om discriminatie en kalibratie per niveau te zien.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;By %1&lt;/h3&gt;Each held-out site evaluated the model fitted on the other sites for each level of %1, and released each level only when it passed its rules; a withheld level shows the rule, never a number. Each level is pooled over the held-out sites that released it with the same random-effects model as above.</source>
        <translation>&lt;h3&gt;Per %1&lt;/h3&gt;Elke weggelaten site evalueerde het model dat op de andere sites is geschat voor elk niveau van %1, en gaf elk niveau alleen vrij als het aan haar regels voldeed; bij een achtergehouden niveau staat de regel, nooit een getal. Elk niveau is samengevoegd over de weggelaten sites die het vrijgaven, met hetzelfde random-effectsmodel als hierboven.</translation>
    </message>
    <message>
        <source>Take one child who had %2 and one who did not: the model gives the higher risk to the child who had it in about %1 of 100 such pairs (50 would be chance, 100 perfect).</source>
        <translation>Neem één kind met %2 en één zonder: het model geeft het hogere risico aan het kind met de uitkomst in ongeveer %1 van de 100 van zulke paren (50 is toeval, 100 is perfect).</translation>
    </message>
    <message>
        <source>On average it predicted a risk of %1; %2 of the children actually had %3.</source>
        <translation>Gemiddeld voorspelde het een risico van %1; %2 van de kinderen had werkelijk %3.</translation>
    </message>
    <message>
        <source>Estimated risk of %5: %1 (95% interval %2 to %3). Of 100 children with these values, about %4 would be expected to have %5.</source>
        <translation>Geschat risico op %5: %1 (95%-interval %2 tot %3). Van 100 kinderen met deze waarden zouden er naar verwachting ongeveer %4 %5 hebben.</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evalueren</translation>
    </message>
    <message>
        <source>Finished: the sites evaluated the registered model.</source>
        <translation>Voltooid: de sites hebben het geregistreerde model geëvalueerd.</translation>
    </message>
    <message>
        <source>Subgroup variable</source>
        <translation>Subgroepvariabele</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Subgroup cell edges</source>
        <translation>Celgrenzen van de subgroep</translation>
    </message>
    <message>
        <source>By s&amp;ubgroup:</source>
        <translation>Per s&amp;ubgroep:</translation>
    </message>
    <message>
        <source>Cell &amp;edges:</source>
        <translation>Cel&amp;grenzen:</translation>
    </message>
    <message>
        <source>%1 (v%2): validation across sites</source>
        <translation>%1 (v%2): validatie over sites</translation>
    </message>
    <message>
        <source>Masked sum without %1</source>
        <translation>Gemaskeerde som zonder %1</translation>
    </message>
    <message>
        <source>Pooled: %1 (without %2)</source>
        <translation>Samengevoegd: %1 (zonder %2)</translation>
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
        <translation>%1 ontbrekend</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>At %1: records with a value, the share of yes of a yes/no variable and records without a value (rounded; small counts withheld). A categorical variable&apos;s levels are in the cell&apos;s tooltip.</source>
        <translation>Bij %1: records met een waarde, het aandeel ja van een ja/nee-variabele en records zonder waarde (afgerond; kleine aantallen achtergehouden). De niveaus van een categorische variabele staan in de tooltip van de cel.</translation>
    </message>
    <message>
        <source>The run of %1 is a validation across sites, not a fit: Compare Runs puts the coefficients of two fits side by side. Open a validation (double-click it under Runs) to see each held-out site and the pooled measures on the Validation page.</source>
        <translation>De analyse van %1 is een validatie over sites, geen schatting: Analyses vergelijken zet de coëfficiënten van twee schattingen naast elkaar. Open een validatie (dubbelklik erop onder Uitvoeringen) om elke weggelaten site en de samengevoegde maten te zien op de pagina Validatie.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3)</source>
        <translation>AUC %1 (95%-BI %2 tot %3)</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>Quality of care</source>
        <translation>Kwaliteit van zorg</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluation of a model fitted elsewhere&lt;/b&gt; (nothing was fitted in this run) on %1 records at %2 of %3 sites.</source>
        <translation>&lt;b&gt;Evaluatie van een elders geschat model&lt;/b&gt; (in deze analyse is niets geschat) op %1 records bij %2 van %3 sites.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3; DeLong), binning error at most %4. The model was fitted elsewhere: this is its performance on these sites&apos; records (external validation), not an apparent one.</source>
        <translation>AUC %1 (95%-BI %2 tot %3; DeLong), indelingsfout ten hoogste %4. Het model is elders geschat: dit zijn de prestaties op de records van deze sites (externe validatie), geen schijnbare prestaties.</translation>
    </message>
    <message>
        <source>Computed on these sites&apos; records, which the model was not fitted on, from the ROC curves the sites released.</source>
        <translation>Berekend op de records van deze sites, waarop het model niet is geschat, uit de ROC-curves die de sites vrijgaven.</translation>
    </message>
    <message>
        <source>The report is of a fitted model, with its validation as section 11. Run this design on the sites (Run on Sites…), then export the report: the validation of the same design is included. The validation alone can be exported with Export chart… and Export table… on this page.</source>
        <translation>Het rapport gaat over een geschat model, met de validatie ervan als sectie 11. Voer dit ontwerp uit op de sites (Uitvoeren op sites…) en exporteer daarna het rapport: de validatie van hetzelfde ontwerp is erin opgenomen. De validatie alleen kunt u exporteren met Grafiek exporteren… en Tabel exporteren… op deze pagina.</translation>
    </message>
    <message>
        <source>There is no result to report yet: run the design on the sites first.</source>
        <translation>Er is nog geen resultaat om te rapporteren: voer het ontwerp eerst uit op de sites.</translation>
    </message>
    <message>
        <source>Registered model %1: evaluation</source>
        <translation>Geregistreerd model %1: evaluatie</translation>
    </message>
    <message>
        <source>Funnel plot: an area outside the dotted 99.8% limits differs from the pooled rate by more than chance explains (about 1 in 500 by chance); between the dashed 95% and the dotted limits it is worth a look. Smaller areas have wider limits.</source>
        <translation>Funnelplot: een gebied buiten de gestippelde 99,8%-grenzen wijkt meer van de samengevoegde rate af dan toeval kan verklaren (door toeval ongeveer 1 op 500); tussen de gestreepte 95%-grenzen en de gestippelde grenzen is het de moeite van een nadere blik waard. Kleinere gebieden hebben wijdere grenzen.</translation>
    </message>
    <message>
        <source>The masked descriptives study ended without a result: site %1 refused. %2</source>
        <translation>De studie voor gemaskeerde beschrijvende statistieken eindigde zonder resultaat: site %1 weigerde. %2</translation>
    </message>
    <message>
        <source>The run was stopped; the sites were asked to cancel its jobs.</source>
        <translation>De analyse is gestopt; de sites is gevraagd haar jobs te annuleren.</translation>
    </message>
    <message>
        <source>The run ended without a result: %1</source>
        <translation>De analyse eindigde zonder resultaat: %1</translation>
    </message>
    <message>
        <source>The run ended without a result at %1: %2</source>
        <translation>De analyse eindigde zonder resultaat bij %1: %2</translation>
    </message>
    <message>
        <source>a contact for questions from parents and professionals</source>
        <translation>een contactpersoon voor vragen van ouders en professionals</translation>
    </message>
    <message>
        <source>baseline odds</source>
        <translation>basisodds</translation>
    </message>
    <message>
        <source>baseline rate</source>
        <translation>basisrate</translation>
    </message>
    <message>
        <source>For the intercept the odds ratio column shows the baseline odds: the odds of the outcome when every predictor is at its reference level or 0. It is not an odds ratio.</source>
        <translation>Voor het intercept toont de kolom oddsratio de basisodds: de odds op de uitkomst als elke voorspeller op zijn referentieniveau of op 0 staat. Het is geen oddsratio.</translation>
    </message>
    <message>
        <source>For the intercept the rate ratio column shows the baseline rate: the rate when every predictor is at its reference level or 0. It is not a rate ratio.</source>
        <translation>Voor het intercept toont de kolom rate ratio de basisrate: de rate als elke voorspeller op zijn referentieniveau of op 0 staat. Het is geen rate ratio.</translation>
    </message>
    <message>
        <source>%1
estimate (SE)</source>
        <translation>%1
schatting (SE)</translation>
    </message>
    <message>
        <source>Every site signed this result: each signed the study manifest and its masked descriptives, and every signature verified against the site&apos;s pinned key.</source>
        <translation>Elke site heeft dit resultaat ondertekend: elke site ondertekende het studiemanifest en haar gemaskeerde beschrijvende statistieken, en elke handtekening is geverifieerd met de vastgepinde sleutel van de site.</translation>
    </message>
    <message>
        <source>its descriptives were not signed</source>
        <translation>haar beschrijvende statistieken zijn niet ondertekend</translation>
    </message>
    <message>
        <source>Signed descriptives</source>
        <translation>Beschrijvende statistieken ondertekend</translation>
    </message>
    <message>
        <source>No level of %1 could be pooled: pooling needs at least three held-out sites that released the level, so there is no chart. The table shows what each site released, and why a level was withheld.</source>
        <translation>Geen enkel niveau van %1 kon worden samengevoegd: samenvoegen vraagt minstens drie weggelaten sites die het niveau vrijgaven, dus er is geen grafiek. De tabel toont wat elke site vrijgaf, en waarom een niveau is achtergehouden.</translation>
    </message>
    <message>
        <source>Language of the parent information sheet</source>
        <translation>Taal van het informatieblad voor ouders</translation>
    </message>
    <message>
        <source>The language the information sheet for parents is written in</source>
        <translation>De taal waarin het informatieblad voor ouders is geschreven</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>&amp;Taal van het informatieblad:</translation>
    </message>
    <message>
        <source>calculation</source>
        <comment>file name without extension</comment>
        <translation>berekening</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Certificate pin: %1</source>
        <translation>Certificaatpin: %1</translation>
    </message>
    <message>
        <source>Node version: %1</source>
        <translation>Nodeversie: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Beleid: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 tonen</translation>
    </message>
    <message>
        <source>%1 — variable %2</source>
        <translation>%1 — variabele %2</translation>
    </message>
    <message>
        <source>Open this run&apos;s results and store its model in the workspace, read-only.</source>
        <translation>Open de resultaten van deze analyse en bewaar het model ervan in de werkruimte, alleen-lezen.</translation>
    </message>
    <message>
        <source>Not released by %1: fewer records than the area&apos;s threshold have this value, or none; the rate is not shown.</source>
        <translation>Niet vrijgegeven door %1: minder records dan de drempel van het gebied hebben deze waarde, of geen enkel record; het percentage wordt niet getoond.</translation>
    </message>
    <message>
        <source>(first level: %1)</source>
        <translation>(eerste niveau: %1)</translation>
    </message>
    <message>
        <source>Each site describes the records whose consent covers the purpose. Choose the purpose of your analyses, so that Table 1 describes the children they used: a site refuses a cohort only a few records from one it released before.</source>
        <translation>Elke site beschrijft de records waarvan de toestemming het doel dekt. Kies het doel van uw analyses, zodat Tabel 1 de kinderen beschrijft die zij gebruikten: een site weigert een cohort dat maar enkele records verschilt van een cohort dat zij eerder vrijgaf.</translation>
    </message>
    <message>
        <source>Each site counts the records whose consent covers the purpose. Choose the purpose of your analyses, so that the indicators describe the children they used: a site refuses a cohort only a few records from one it released before.</source>
        <translation>Elke site telt de records waarvan de toestemming het doel dekt. Kies het doel van uw analyses, zodat de indicatoren de kinderen beschrijven die zij gebruikten: een site weigert een cohort dat maar enkele records verschilt van een cohort dat zij eerder vrijgaf.</translation>
    </message>
    <message>
        <source>Ask the sites</source>
        <translation>De sites vragen</translation>
    </message>
    <message>
        <source>No site allows the purpose %1 for your tokens; choose one of: %2.</source>
        <translation>Geen enkele site staat het doel %1 toe voor uw tokens; kies een van: %2.</translation>
    </message>
    <message>
        <source>Table 1: the cohort by site — purpose %1</source>
        <translation>Tabel 1: het cohort per site — doel %1</translation>
    </message>
    <message>
        <source>The fit at this site alone stopped: %1</source>
        <translation>De schatting bij deze site alleen is gestopt: %1</translation>
    </message>
    <message>
        <source>Stopped because %1 could not be reached.</source>
        <translation>Gestopt omdat %1 niet bereikbaar was.</translation>
    </message>
    <message>
        <source>&amp;Histogram of</source>
        <translation>&amp;Histogram van</translation>
    </message>
    <message>
        <source>Variable of the histogram</source>
        <translation>Variabele van het histogram</translation>
    </message>
    <message>
        <source>Pooled histogram of the chosen variable</source>
        <translation>Samengevoegd histogram van de gekozen variabele</translation>
    </message>
    <message>
        <source>About the histogram</source>
        <translation>Over het histogram</translation>
    </message>
    <message>
        <source>cell edges: edges of every site&apos;s histogram (Descriptives shows them)</source>
        <translation>celgrenzen: grenzen van het histogram van elke site (Beschrijvende statistiek toont ze)</translation>
    </message>
    <message>
        <source>The site&apos;s released histogram on its own edges (bins merged where its records are sparse, drawn as records per unit where they differ in width). %1 records outside %2 to %3 (its tails, which no site releases) are not drawn.</source>
        <translation>Het vrijgegeven histogram van de site op haar eigen grenzen (klassen samengevoegd waar haar records schaars zijn, getekend als records per eenheid waar ze in breedte verschillen). %1 records buiten %2 tot %3 (haar staarten, die geen enkele site vrijgeeft) worden niet getekend.</translation>
    </message>
    <message>
        <source>Pooled over every site on a lattice of step %1 common to all of them: a cell is counted where both its ends are edges of every site&apos;s own histogram, and only the sum was decoded. %2 records outside %3 to %4 are not drawn: each site&apos;s tails, which no site releases, and cells some site released only merged with a neighbour, where fewer than its minimum cell count of records lie.</source>
        <translation>Samengevoegd over alle sites op een rooster met stapgrootte %1 dat zij allemaal gemeen hebben: een cel wordt geteld waar beide uiteinden grenzen zijn van het eigen histogram van elke site, en alleen de som is gedecodeerd. %2 records buiten %3 tot %4 worden niet getekend: de staarten van elke site, die geen enkele site vrijgeeft, en cellen die een site alleen samengevoegd met een buurcel vrijgaf, omdat daar minder records liggen dan haar minimumaantal per cel.</translation>
    </message>
    <message>
        <source>Pooled from each site&apos;s released histogram on a lattice of step %1 common to all of them: a cell is counted where both its ends are edges of every site&apos;s histogram. %2 records outside %3 to %4 are not drawn (%5): each site&apos;s tails, which no site releases, and cells a site released only merged with a neighbour, where fewer than its minimum cell count of records lie.</source>
        <translation>Samengevoegd uit het vrijgegeven histogram van elke site op een rooster met stapgrootte %1 dat zij allemaal gemeen hebben: een cel wordt geteld waar beide uiteinden grenzen zijn van het histogram van elke site. %2 records buiten %3 tot %4 worden niet getekend (%5): de staarten van elke site, die geen enkele site vrijgeeft, en cellen die een site alleen samengevoegd met een buurcel vrijgaf, omdat daar minder records liggen dan haar minimumaantal per cel.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n site(s) for their histograms…</source>
        <translation>
            <numerusform>%n site vragen om haar histogrammen…</numerusform>
            <numerusform>%n sites vragen om hun histogrammen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sites&apos; histograms were not released (%1); the table is complete. Open Table 1 again for the histograms.</source>
        <translation>De histogrammen van de sites zijn niet vrijgegeven (%1); de tabel is volledig. Open Tabel 1 opnieuw voor de histogrammen.</translation>
    </message>
    <message>
        <source>Fits at each site alone — not a study: the nodes&apos; answers are not signed</source>
        <translation>Schattingen bij elke site afzonderlijk — geen studie: de antwoorden van de nodes zijn niet ondertekend</translation>
    </message>
    <message>
        <source>Evaluation — not a study (plain mode): the nodes&apos; answers are not signed</source>
        <translation>Evaluatie — geen studie (ongemaskeerde modus): de antwoorden van de nodes zijn niet ondertekend</translation>
    </message>
    <message numerus="yes">
        <source>Every site also signed the %n other study(ies) of this run (%1), and every signature verified (the table below, per study).</source>
        <translation>
            <numerusform>Elke site heeft ook de %n andere studie van deze analyse ondertekend (%1), en elke handtekening is geverifieerd (zie de tabel hieronder, per studie).</numerusform>
            <numerusform>Elke site heeft ook de %n andere studies van deze analyse ondertekend (%1), en elke handtekening is geverifieerd (zie de tabel hieronder, per studie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every site&apos;s signature verified in: %1 (the table below says where). Do not rely on those results before the sites&apos; administrators have looked at them.</source>
        <translation>Niet elke handtekening van de sites is geverifieerd in: %1 (de tabel hieronder toont waar). Vertrouw niet op die resultaten voordat de beheerders van de sites ernaar hebben gekeken.</translation>
    </message>
    <message>
        <source>%1 — %2 study %3: every site signed it</source>
        <translation>%1 — studie %3, %2: elke site heeft de studie ondertekend</translation>
    </message>
    <message>
        <source>%1 — %2 study %3: NOT every site&apos;s signature verified</source>
        <translation>%1 — studie %3, %2: NIET elke handtekening van de sites is geverifieerd</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>gemaskeerd</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>ongemaskeerd</translation>
    </message>
    <message>
        <source>Each node answered this request on its job of the fit study, over the site&apos;s pinned connection, under its release gate; only the studies above carry the nodes&apos; signatures.</source>
        <translation>Elke node beantwoordde dit verzoek binnen haar job van de modelstudie, via de vastgepinde verbinding met de site, onder haar vrijgavecontrole; alleen de studies hierboven dragen de handtekeningen van de nodes.</translation>
    </message>
    <message>
        <source>Signed result</source>
        <translation>Resultaat ondertekend</translation>
    </message>
    <message>
        <source>%1 is a number: give at least two cell edges, in increasing order, each an edge of every site&apos;s histogram of %1 (describe %1 to see them).</source>
        <translation>%1 is numeriek: geef ten minste twee celgrenzen op, in oplopende volgorde, elk een grens van het histogram van %1 bij elke site (beschrijf %1 om ze te zien).</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>Runs are kept in a workspace, and this session has none: File ▸ New Workspace… keeps its sites and design, and every run after that.</source>
        <translation>Analyses worden in een werkruimte bewaard, en deze sessie heeft er geen: Bestand ▸ Nieuwe werkruimte… bewaart de sites en het ontwerp van deze sessie, en elke analyse daarna.</translation>
    </message>
    <message>
        <source>No runs yet: Design ▸ Run on Sites… runs the design, and every run is kept here.</source>
        <translation>Nog geen analyses: Ontwerp ▸ Uitvoeren op sites… voert het ontwerp uit, en elke analyse wordt hier bewaard.</translation>
    </message>
    <message>
        <source>AUC %1 (95% CI %2 to %3; DeLong). The model was fitted elsewhere: this is its performance on these sites&apos; records (external validation), not an apparent one.</source>
        <translation>AUC %1 (95%-BI %2 tot %3; DeLong). Het model is elders gefit: dit zijn de prestaties op de records van deze sites (externe validatie), geen schijnbare.</translation>
    </message>
    <message>
        <source>Apparent AUC %1 (95% CI %2 to %3; DeLong). Apparent: the model is scored on the records it was fitted on, which is optimistic; see the validation for performance at sites left out.</source>
        <translation>Schijnbare AUC %1 (95%-BI %2 tot %3; DeLong). Schijnbaar: het model wordt beoordeeld op de records waarop het is gefit, wat optimistisch is; zie de validatie voor de prestaties bij weggelaten sites.</translation>
    </message>
    <message>
        <source>The study was masked: pairs of records within one site are ordered exactly where the site&apos;s node released its statistic, pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</source>
        <translation>De studie was gemaskeerd: paren records binnen één site zijn exact geordend waar de node van de site haar statistiek vrijgaf, paren over sites heen zijn geschat uit de samengevoegde risicoklassen, en voor de fout van die schatting bestaat geen grens.</translation>
    </message>
    <message numerus="yes">
        <source>The study was masked: pairs of records within one site are ordered exactly at %1 of %n site(s), pairs across sites are estimated from the pooled risk bins, and no bound on that estimate&apos;s error exists.</source>
        <translation>
            <numerusform>De studie was gemaskeerd: paren records binnen één site zijn exact geordend bij %1 van %n site, paren over sites heen zijn geschat uit de samengevoegde risicoklassen, en voor de fout van die schatting bestaat geen grens.</numerusform>
            <numerusform>De studie was gemaskeerd: paren records binnen één site zijn exact geordend bij %1 van %n sites, paren over sites heen zijn geschat uit de samengevoegde risicoklassen, en voor de fout van die schatting bestaat geen grens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model has no outcome: select the variable to predict in the catalogue and press Add as outcome (or drag it onto the canvas with Shift held).</source>
        <translation>Het model heeft geen uitkomst: selecteer de te voorspellen variabele in de catalogus en druk op Toevoegen als uitkomst (of sleep hem met Shift ingedrukt naar het canvas).</translation>
    </message>
    <message>
        <source>The model has no predictors: select variables in the catalogue and press Add as predictor (or drag them onto the canvas).</source>
        <translation>Het model heeft geen voorspellers: selecteer variabelen in de catalogus en druk op Toevoegen als voorspeller (of sleep ze naar het canvas).</translation>
    </message>
    <message>
        <source>Decision curve: net benefit by risk threshold</source>
        <translation>Beslissingscurve: netto voordeel per risicodrempel</translation>
    </message>
    <message>
        <source>Discrimination (ROC)</source>
        <translation>Discriminatie (ROC)</translation>
    </message>
    <message>
        <source>AUC per site with 95% intervals</source>
        <translation>AUC per site met 95%-intervallen</translation>
    </message>
    <message>
        <source>AUC 95% CI</source>
        <translation>AUC 95%-BI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Fitted in one round, in closed form: there is no convergence to show.</source>
        <translation>In één ronde geschat, in gesloten vorm: er is geen convergentie te tonen.</translation>
    </message>
    <message>
        <source>The study was masked, so the sites released only the pooled AUC: the AUC cannot be compared between sites. A plain run (where the sites&apos; policies allow it) or Analyses ▸ Validate Across Sites gives one per site.</source>
        <translation>De studie was gemaskeerd, dus de sites gaven alleen de gepoolde AUC vrij: de AUC kan niet tussen sites worden vergeleken. Een gewone run (waar het beleid van de sites dat toestaat) of Analyses ▸ Valideren over sites geeft er één per site.</translation>
    </message>
    <message>
        <source>Every site would run this design as its earlier releases stand now. Nothing was computed. A release made before the run starts, by you or another analyst, can still make a site refuse the cohort (differencing).</source>
        <translation>Elke site zou dit ontwerp uitvoeren zoals haar eerdere vrijgaven er nu voor staan. Er is niets berekend. Een vrijgave vóór de start van de run, door u of een andere analist, kan een site het cohort alsnog laten weigeren (differencing).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message numerus="yes">
        <source>Cohort: complete cases of %n variable(s)</source>
        <translation>
            <numerusform>Cohort: complete cases van %n variabele</numerusform>
            <numerusform>Cohort: complete cases van %n variabelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort: %n filter(s), pinned</source>
        <translation>
            <numerusform>Cohort: %n filter, vastgezet</numerusform>
            <numerusform>Cohort: %n filters, vastgezet</numerusform>
        </translation>
    </message>
    <message>
        <source>The cohort is pinned to the complete cases of %1 variables; the sites take at most %2: pin it to the variables of the largest model only.</source>
        <translation>Het cohort is vastgezet op de complete cases van %1 variabelen; de sites accepteren er hoogstens %2: zet het alleen vast op de variabelen van het grootste model.</translation>
    </message>
    <message>
        <source>Complete cases: a record missing any of these variables is left out, as if they were in the model. Pin the cohort to the variables of the largest model you plan, so that each model of the series uses the same records.</source>
        <translation>Complete cases: een record waarin een van deze variabelen ontbreekt, wordt weggelaten, alsof ze in het model zaten. Zet het cohort vast op de variabelen van het grootste model dat u plant, zodat elk model van de reeks dezelfde records gebruikt.</translation>
    </message>
    <message>
        <source>Complete cases of</source>
        <translation>Complete cases van</translation>
    </message>
    <message>
        <source>variables separated by commas</source>
        <translation>variabelen gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Pin to the model&apos;s variables</source>
        <translation>&amp;Vastzetten op de variabelen van het model</translation>
    </message>
    <message>
        <source>Adds the model&apos;s outcome, predictors and offset to the complete cases.</source>
        <translation>Voegt de uitkomst, de voorspellers en de offset van het model toe aan de complete cases.</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Losmaken</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>niet ondertekend</translation>
    </message>
    <message numerus="yes">
        <source>The masked descriptives study ended without a result: %n site(s) refused or failed.</source>
        <translation>
            <numerusform>De gemaskeerde beschrijvende studie eindigde zonder resultaat: %n site weigerde of faalde.</numerusform>
            <numerusform>De gemaskeerde beschrijvende studie eindigde zonder resultaat: %n sites weigerden of faalden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funnel plot: it compares each area with the pooled rate of all, so it needs two or more areas that released this indicator; %n did.</source>
        <translation>
            <numerusform>Trechterdiagram: het vergelijkt elk gebied met het gepoolde percentage van alle gebieden en heeft dus twee of meer gebieden nodig die deze indicator vrijgaven; dat deed er %n.</numerusform>
            <numerusform>Trechterdiagram: het vergelijkt elk gebied met het gepoolde percentage van alle gebieden en heeft dus twee of meer gebieden nodig die deze indicator vrijgaven; dat deden er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort: the complete cases of %1 and the model&apos;s variables.</source>
        <translation>Cohort: de complete cases van %1 en van de variabelen van het model.</translation>
    </message>
    <message>
        <source>%1, per %2</source>
        <translation>%1, per %2</translation>
    </message>
    <message>
        <source>Analysis &amp;Purpose…</source>
        <translation>&amp;Analysedoel…</translation>
    </message>
    <message>
        <source>Choose the purpose Table 1 and the dashboard ask the sites under; they keep it until the workspace closes.</source>
        <translation>Kies het doel waaronder Tabel 1 en het dashboard de sites bevragen; ze houden het tot de werkruimte sluit.</translation>
    </message>
    <message numerus="yes">
        <source>Table 1: the cohort pooled over %n site(s), masked — purpose %1</source>
        <translation>
            <numerusform>Tabel 1: het cohort samengevoegd over %n site, gemaskeerd — doel %1</numerusform>
            <numerusform>Tabel 1: het cohort samengevoegd over %n sites, gemaskeerd — doel %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In the trend, a square on the axis in an area&apos;s colour is a year the area withheld (fewer records than its threshold, or withheld to protect another cell); the line breaks there.</source>
        <translation>In de trend is een vierkantje op de as in de kleur van een gebied een jaar dat het gebied achterhield (minder records dan zijn drempel, of achtergehouden om een andere cel te beschermen); de lijn is daar onderbroken.</translation>
    </message>
    <message>
        <source>natural log</source>
        <translation>natuurlijke logaritme</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>gestandaardiseerd</translation>
    </message>
    <message numerus="yes">
        <source>spline, %n knot(s)</source>
        <translation>
            <numerusform>spline, %n knoop</numerusform>
            <numerusform>spline, %n knopen</numerusform>
        </translation>
    </message>
    <message>
        <source>winsorised</source>
        <translation>gewinsoriseerd</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Analysis Purpose</source>
        <translation>Analysedoel</translation>
    </message>
    <message>
        <source>No site online lists a purpose for your tokens. Check the sites (F5), or ask the site administrators which purposes your tokens allow.</source>
        <translation>Geen online site noemt een doel voor uw tokens. Controleer de sites (F5) of vraag de sitebeheerders welke doelen uw tokens toestaan.</translation>
    </message>
    <message>
        <source>Table 1 and the dashboard ask the sites under this purpose until the workspace closes; each site describes the records whose consent covers it. A run or a validation asks for its own.</source>
        <translation>Tabel 1 en het dashboard bevragen de sites onder dit doel tot de werkruimte sluit; elke site beschrijft de records waarvan de toestemming het dekt. Een run of een validatie vraagt om een eigen doel.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <source>Table 1 and the dashboard ask under the purpose %1.</source>
        <translation>Tabel 1 en het dashboard vragen onder het doel %1.</translation>
    </message>
    <message>
        <source>The language of this session: en, nl, de or fr (default: Preferences ▸ Language, else the system&apos;s). Not saved.</source>
        <translation>De taal van deze sessie: en, nl, de of fr (standaard: Voorkeuren ▸ Taal, anders die van het systeem). Wordt niet bewaard.</translation>
    </message>
    <message>
        <source>fairstart: unknown --lang &apos;%1&apos;; use one of: %2</source>
        <translation>fairstart: onbekende --lang &apos;%1&apos;; gebruik een van: %2</translation>
    </message>
    <message>
        <source>Open &amp;Model File…</source>
        <translation>&amp;Modelbestand openen…</translation>
    </message>
    <message>
        <source>Open a model file from the analyst in reviewer mode and use its risk calculator; no workspace or network needed.</source>
        <translation>Open een modelbestand van de analist in beoordelaarsmodus en gebruik de risicocalculator; geen werkruimte of netwerk nodig.</translation>
    </message>
    <message>
        <source>&amp;Table 1: Cohort Pooled over Sites…</source>
        <translation>&amp;Tabel 1: cohort samengevoegd over sites…</translation>
    </message>
    <message numerus="yes">
        <source>Describe the design&apos;s variables pooled over the %n sites, as a masked study: no site&apos;s own numbers are released, so there is no column per site.</source>
        <translation>
            <numerusform>Beschrijf de variabelen van het ontwerp samengevoegd over de %n site, als gemaskeerde studie: de eigen getallen van geen enkele site worden vrijgegeven, dus er is geen kolom per site.</numerusform>
            <numerusform>Beschrijf de variabelen van het ontwerp samengevoegd over de %n sites, als gemaskeerde studie: de eigen getallen van geen enkele site worden vrijgegeven, dus er is geen kolom per site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Een modelbestand openen</translation>
    </message>
    <message>
        <source>A model from the analyst: read about it and use its risk calculator, offline.</source>
        <translation>Een model van de analist: lees erover en gebruik de risicocalculator, offline.</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>Modelbestand openen</translation>
    </message>
    <message>
        <source>Fairstart model (*.%1);;All files (*)</source>
        <translation>Fairstart-model (*.%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Published model</source>
        <comment>file name without extension</comment>
        <translation>Gepubliceerd model</translation>
    </message>
    <message>
        <source>Could not save the model file %1: %2. Choose another folder and try again.</source>
        <translation>Kon het modelbestand %1 niet opslaan: %2. Kies een andere map en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the model file (it ends in .%2).</source>
        <translation>%1 is een map. Kies het modelbestand (het eindigt op .%2).</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the file&apos;s name and that you may read it.</source>
        <translation>Kon %1 niet openen: %2. Controleer de naam van het bestand en of u het mag lezen.</translation>
    </message>
    <message>
        <source>%1 is not a Fairstart model file (it is far too big). Ask the analyst who published the model for its model file.</source>
        <translation>%1 is geen Fairstart-modelbestand (het is veel te groot). Vraag de analist die het model publiceerde om het modelbestand.</translation>
    </message>
    <message>
        <source>%1 is not a Fairstart model file, or it was cut short. Ask the analyst who published the model for its model file (reviewer mode, Save Model File).</source>
        <translation>%1 is geen Fairstart-modelbestand, of het is afgebroken. Vraag de analist die het model publiceerde om het modelbestand (beoordelaarsmodus, Modelbestand opslaan).</translation>
    </message>
    <message>
        <source>Save &amp;Model File…</source>
        <translation>&amp;Modelbestand opslaan…</translation>
    </message>
    <message>
        <source>Save this model as a file for professionals</source>
        <translation>Dit model opslaan als bestand voor professionals</translation>
    </message>
    <message>
        <source>%1 has no value. Type a value from %2 to %3.</source>
        <translation>%1 heeft geen waarde. Typ een waarde van %2 tot %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a value this calculator takes. Type a value from %3 to %4, the values the model was made for.</source>
        <translation>%1: %2 is geen waarde die deze calculator aanneemt. Typ een waarde van %3 tot %4, de waarden waarvoor het model gemaakt is.</translation>
    </message>
    <message>
        <source>For comparison: of 100 children in the data the model was built on, about %1 had %2.</source>
        <translation>Ter vergelijking: van 100 kinderen in de gegevens waarop het model is gebouwd, hadden er ongeveer %1 %2.</translation>
    </message>
    <message>
        <source>Calculated on %1</source>
        <translation>Berekend op %1</translation>
    </message>
    <message>
        <source>Save model file</source>
        <translation>Modelbestand opslaan</translation>
    </message>
    <message>
        <source>Fairstart model (*.%1)</source>
        <translation>Fairstart-model (*.%1)</translation>
    </message>
    <message>
        <source>A model file (.fairstart-model, saved in reviewer mode) to open in reviewer mode, as File ▸ Open Model File… does.</source>
        <translation>Een modelbestand (.fairstart-model, opgeslagen in beoordelaarsmodus) om te openen in beoordelaarsmodus, zoals Bestand ▸ Modelbestand openen… doet.</translation>
    </message>
    <message>
        <source>I build models: show workspaces and sites</source>
        <translation>Ik bouw modellen: toon werkruimten en sites</translation>
    </message>
    <message>
        <source>I only use model files: show the start page for professionals</source>
        <translation>Ik gebruik alleen modelbestanden: toon de startpagina voor professionals</translation>
    </message>
    <message>
        <source>Recent model files</source>
        <translation>Recente modelbestanden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent model files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recente modelbestanden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Fairstart&lt;/h1&gt;&lt;p&gt;Open the model file the analyst sent you: read what the model predicts and for whom, and estimate the risk of the child in front of you. What you type stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Fairstart&lt;/h1&gt;&lt;p&gt;Open het modelbestand dat de analist u stuurde: lees wat het model voorspelt en voor wie, en schat het risico van het kind dat voor u zit. Wat u typt, blijft op deze computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 was not opened: you did not confirm that the key it is signed with (%2) is the one your organisation published for %3. When you have checked it, open the file again.</source>
        <translation>%1 is niet geopend: u hebt niet bevestigd dat de sleutel waarmee het is ondertekend (%2) die is die uw organisatie voor %3 publiceerde. Open het bestand opnieuw als u dat hebt gecontroleerd.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The model &lt;b&gt;%1&lt;/b&gt; is signed by &lt;b&gt;%2&lt;/b&gt; on %3, and has not been changed since.&lt;/p&gt;&lt;p&gt;No model from this signer has been opened on this computer before. Fairstart cannot know by itself whose key this is: compare the key below with the one your organisation published for this signer (on its intranet, or ask them by phone). Only if they are the same, choose &lt;i&gt;Trust and Open&lt;/i&gt;; Fairstart then remembers this signer.&lt;/p&gt;&lt;p&gt;Key: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Het model &lt;b&gt;%1&lt;/b&gt; is ondertekend door &lt;b&gt;%2&lt;/b&gt; op %3 en is sindsdien niet gewijzigd.&lt;/p&gt;&lt;p&gt;Op deze computer is nog geen model van deze ondertekenaar geopend. Fairstart kan niet zelf weten van wie deze sleutel is: vergelijk de sleutel hieronder met die welke uw organisatie voor deze ondertekenaar publiceerde (op het intranet, of vraag het telefonisch). Kies alleen als ze gelijk zijn &lt;i&gt;Vertrouwen en openen&lt;/i&gt;; Fairstart onthoudt deze ondertekenaar dan.&lt;/p&gt;&lt;p&gt;Sleutel: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Careful:&lt;/b&gt; another key was trusted for %1 before (%2). A new key can mean that %1 works from a new workspace, or that someone else signs in %1&apos;s name. Ask %1 before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Let op:&lt;/b&gt; eerder werd een andere sleutel vertrouwd voor %1 (%2). Een nieuwe sleutel kan betekenen dat %1 vanuit een nieuwe werkruimte werkt, of dat iemand anders namens %1 ondertekent. Vraag het %1 voordat u hem vertrouwt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check who signed this model</source>
        <translation>Controleer wie dit model ondertekende</translation>
    </message>
    <message>
        <source>&amp;Trust and Open</source>
        <translation>&amp;Vertrouwen en openen</translation>
    </message>
    <message>
        <source>Open the workspace first: model files are signed with its key.</source>
        <translation>Open eerst de werkruimte: modelbestanden worden met haar sleutel ondertekend.</translation>
    </message>
    <message>
        <source>Give the name professionals will see as the model file&apos;s signer.</source>
        <translation>Geef de naam die professionals als ondertekenaar van het modelbestand zullen zien.</translation>
    </message>
    <message>
        <source>Could not make a signing key (libsodium did not start). Restart Fairstart and try again.</source>
        <translation>Kon geen ondertekeningssleutel maken (libsodium startte niet). Herstart Fairstart en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Sign model files</source>
        <translation>Modelbestanden ondertekenen</translation>
    </message>
    <message>
        <source>Model files are signed with a key of this workspace, so that professionals can tell a changed copy. Under which name will they see it? (Your name and organisation, as your colleagues know them.)</source>
        <translation>Modelbestanden worden ondertekend met een sleutel van deze werkruimte, zodat professionals een gewijzigde kopie herkennen. Onder welke naam zullen zij die zien? (Uw naam en organisatie, zoals uw collega&apos;s die kennen.)</translation>
    </message>
    <message>
        <source>No model file opened yet.</source>
        <translation>Nog geen modelbestand geopend.</translation>
    </message>
    <message>
        <source>Could not save the model file %1: the workspace&apos;s signing key is missing. Open the workspace again and try again.</source>
        <translation>Kon het modelbestand %1 niet opslaan: de ondertekeningssleutel van de werkruimte ontbreekt. Open de werkruimte opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>%1 is not signed, so nothing shows whether someone changed its numbers after the analyst saved it (a model file saved before Fairstart signed them, or one whose signature was removed). Do not use it: ask the analyst who published the model to save it again (reviewer mode, Save Model File) and to send you the new file.</source>
        <translation>%1 is niet ondertekend, dus niets laat zien of iemand de getallen heeft gewijzigd nadat de analist het opsloeg (een modelbestand van voordat Fairstart ze ondertekende, of een waarvan de handtekening is verwijderd). Gebruik het niet: vraag de analist die het model publiceerde het opnieuw op te slaan (beoordelaarsmodus, Modelbestand opslaan) en u het nieuwe bestand te sturen.</translation>
    </message>
    <message>
        <source>%1 has a damaged signature, so nothing shows who saved it or whether it was changed. Do not use it: ask the analyst who published the model for the file again.</source>
        <translation>%1 heeft een beschadigde handtekening, dus niets laat zien wie het opsloeg of dat het gewijzigd is. Gebruik het niet: vraag de analist die het model publiceerde opnieuw om het bestand.</translation>
    </message>
    <message>
        <source>%1 was changed after %2 signed it on %3: its numbers or words are no longer the ones the analyst published, and risks calculated with it could be wrong. Do not use it. Ask %2 for the file again, and tell them (or your privacy officer) that this copy was changed.</source>
        <translation>%1 is gewijzigd nadat %2 het op %3 ondertekende: de getallen of woorden zijn niet meer die welke de analist publiceerde, en risico&apos;s die ermee berekend worden kunnen fout zijn. Gebruik het niet. Vraag %2 opnieuw om het bestand en laat hen (of uw privacyfunctionaris) weten dat deze kopie gewijzigd is.</translation>
    </message>
    <message>
        <source>%1 is signed by %2, but its coefficients cannot be trusted: %3. Risks calculated with it could be wrong. Do not use it; ask %2 for the file again and tell them what this message says.</source>
        <translation>%1 is ondertekend door %2, maar de coëfficiënten zijn niet te vertrouwen: %3. Risico&apos;s die ermee berekend worden kunnen fout zijn. Gebruik het niet; vraag %2 opnieuw om het bestand en vertel wat deze melding zegt.</translation>
    </message>
    <message>
        <source>the record of the sites&apos; study does not belong to its manifest</source>
        <translation>het verslag van de studie van de sites hoort niet bij zijn manifest</translation>
    </message>
    <message>
        <source>the model&apos;s design is not the one the sites signed</source>
        <translation>het ontwerp van het model is niet het ontwerp dat de sites ondertekenden</translation>
    </message>
    <message>
        <source>the sites&apos; study names no site</source>
        <translation>de studie van de sites noemt geen site</translation>
    </message>
    <message>
        <source>site %1 did not sign the study these coefficients come from</source>
        <translation>site %1 heeft de studie waar deze coëfficiënten uit komen niet ondertekend</translation>
    </message>
    <message>
        <source>site %1&apos;s signed result does not verify</source>
        <translation>het ondertekende resultaat van site %1 klopt niet</translation>
    </message>
    <message>
        <source>the coefficients are not the ones site %1 computed and signed</source>
        <translation>de coëfficiënten zijn niet die welke site %1 berekende en ondertekende</translation>
    </message>
    <message>
        <source>site %1 did not sign these coefficients</source>
        <translation>site %1 heeft deze coëfficiënten niet ondertekend</translation>
    </message>
    <message>
        <source>Who signed this model</source>
        <translation>Wie dit model ondertekende</translation>
    </message>
    <message>
        <source>A file professionals open with File ▸ Open Model File… to use the risk calculator, without a workspace and offline. It holds the model and these words, no records, and is signed with this workspace&apos;s key so that they can tell a changed copy.</source>
        <translation>Een bestand dat professionals openen met Bestand ▸ Modelbestand openen… om de risicocalculator te gebruiken, zonder werkruimte en offline. Het bevat het model en deze woorden, geen records, en is ondertekend met de sleutel van deze werkruimte zodat zij een gewijzigde kopie herkennen.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (key %3); not changed since.</source>
        <translation>Ondertekend door %1 op %2 (sleutel %3); sindsdien niet gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>The %n site(s) that computed it (%1) signed these coefficients.</source>
        <translation>
            <numerusform>De %n site die het berekende (%1) ondertekende deze coëfficiënten.</numerusform>
            <numerusform>De %n sites die het berekenden (%1) ondertekenden deze coëfficiënten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file carries no signatures of the sites for its coefficients (a run from before the sites signed their results): only the analyst vouches for them.</source>
        <translation>Het bestand draagt geen handtekeningen van de sites voor zijn coëfficiënten (een run van voordat de sites hun resultaten ondertekenden): alleen de analist staat ervoor in.</translation>
    </message>
    <message>
        <source>Fairstart checked the signature when it opened the file: a file changed after it was signed is not opened. Compare the key with the one your organisation published for %1.</source>
        <translation>Fairstart controleerde de handtekening bij het openen van het bestand: een bestand dat na het ondertekenen gewijzigd is, wordt niet geopend. Vergelijk de sleutel met die welke uw organisatie voor %1 publiceerde.</translation>
    </message>
    <message>
        <source>Key of site %1: %2</source>
        <translation>Sleutel van site %1: %2</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Model Files</source>
        <translation>Modelbestanden</translation>
    </message>
    <message>
        <source>%1 was not opened: your organisation&apos;s list of trusted signers (%2) has an error (%3), so Fairstart cannot tell whether the key this model is signed with was revoked. Tell your administrator; &apos;fairstart --check-signers&apos; shows every error in the list.</source>
        <translation>%1 is niet geopend: de lijst van vertrouwde ondertekenaars van uw organisatie (%2) bevat een fout (%3), dus Fairstart kan niet nagaan of de sleutel waarmee dit model is ondertekend, is ingetrokken. Meld het aan uw beheerder; &apos;fairstart --check-signers&apos; toont elke fout in de lijst.</translation>
    </message>
    <message>
        <source>%1 was not opened: your organisation revoked the key it is signed with (%2, %3). Whoever holds that key may no longer sign models: do not use this file, nor other copies signed with that key.</source>
        <translation>%1 is niet geopend: uw organisatie heeft de sleutel ingetrokken waarmee het is ondertekend (%2, %3). Wie die sleutel heeft, mag geen modellen meer ondertekenen: gebruik dit bestand niet, noch andere kopieën die met die sleutel zijn ondertekend.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s reason: %1.</source>
        <translation>De reden van uw organisatie: %1.</translation>
    </message>
    <message>
        <source>Ask %1 for a newly signed file of this model (signed with their new key), or ask your administrator.</source>
        <translation>Vraag %1 om een opnieuw ondertekend bestand van dit model (ondertekend met de nieuwe sleutel), of vraag het uw beheerder.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your organisation&apos;s list of trusted signers does not list this key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De lijst van vertrouwde ondertekenaars van uw organisatie noemt deze sleutel niet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Model files from this workspace are signed by %1 with the key

%2

The first time professionals open one, Fairstart shows them this key and asks them to compare it with the one your organisation published: publish it (on the intranet, say) and tell them where, or ask your administrator to add it to the organisation&apos;s list of trusted signers. File ▸ Preferences ▸ Model Files shows the key again and copies it.</source>
        <translation>Modelbestanden uit deze werkruimte worden ondertekend door %1 met de sleutel

%2

De eerste keer dat professionals er een openen, toont Fairstart hun deze sleutel en vraagt hen die te vergelijken met de sleutel die uw organisatie publiceerde: publiceer hem (op het intranet bijvoorbeeld) en vertel hun waar, of vraag uw beheerder hem toe te voegen aan de lijst van vertrouwde ondertekenaars van de organisatie. Bestand ▸ Voorkeuren ▸ Modelbestanden toont de sleutel opnieuw en kopieert hem.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (key %3, on your organisation&apos;s list of trusted signers); not changed since.</source>
        <translation>Ondertekend door %1 op %2 (sleutel %3, op de lijst van vertrouwde ondertekenaars van uw organisatie); sindsdien niet gewijzigd.</translation>
    </message>
    <message>
        <source>Fairstart checked the signature when it opened the file: a file changed after it was signed is not opened. Your organisation&apos;s administrator lists this key as %1&apos;s; the file names its signer &quot;%2&quot;.</source>
        <translation>Fairstart controleerde de handtekening bij het openen van het bestand: een bestand dat na het ondertekenen gewijzigd is, wordt niet geopend. De beheerder van uw organisatie vermeldt deze sleutel als die van %1; het bestand noemt als ondertekenaar &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: this is not a list of signers.</source>
        <translation>%1 is groter dan 1 MiB: dit is geen lijst van ondertekenaars.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>&apos;revoked&apos; without a key after it</source>
        <translation>&apos;revoked&apos; zonder sleutel erna</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key: write the key&apos;s fingerprint as the analyst&apos;s workbench shows it (eight groups of four hex digits), then the signer&apos;s name</source>
        <translation>&apos;%1&apos; is geen sleutel: schrijf de vingerafdruk van de sleutel zoals de werkbank van de analist die toont (acht groepen van vier hexadecimale cijfers), dan de naam van de ondertekenaar</translation>
    </message>
    <message>
        <source>the fingerprint has %1 hex digits instead of 32 (eight groups of four): a digit or a group is missing or one too many</source>
        <translation>de vingerafdruk heeft %1 hexadecimale cijfers in plaats van 32 (acht groepen van vier): er ontbreekt een cijfer of groep, of er is er een te veel</translation>
    </message>
    <message>
        <source>no name after the key: write the name professionals will see for this signer</source>
        <translation>geen naam na de sleutel: schrijf de naam die professionals voor deze ondertekenaar zullen zien</translation>
    </message>
    <message>
        <source>the key of line %1 again, under another name: keep one</source>
        <translation>opnieuw de sleutel van regel %1, onder een andere naam: houd er één</translation>
    </message>
    <message>
        <source>Your organisation&apos;s list of trusted signers</source>
        <translation>De lijst van vertrouwde ondertekenaars van uw organisatie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Signers on your organisation&apos;s list</source>
        <translation>Ondertekenaars op de lijst van uw organisatie</translation>
    </message>
    <message>
        <source>Signers you trusted on this computer</source>
        <translation>Ondertekenaars die u op deze computer vertrouwde</translation>
    </message>
    <message>
        <source>Model files of these signers open without asking. Forget one, and Fairstart asks again at its next model file.</source>
        <translation>Modelbestanden van deze ondertekenaars openen zonder te vragen. Vergeet er een, en Fairstart vraagt het opnieuw bij het volgende modelbestand.</translation>
    </message>
    <message>
        <source>Organisation&apos;s list</source>
        <translation>Lijst van de organisatie</translation>
    </message>
    <message>
        <source>Signers you trusted</source>
        <translation>Ondertekenaars die u vertrouwde</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <source>Forget the selected signers</source>
        <translation>De gekozen ondertekenaars vergeten</translation>
    </message>
    <message>
        <source>Your signing key (this workspace)</source>
        <translation>Uw ondertekeningssleutel (deze werkruimte)</translation>
    </message>
    <message>
        <source>Fingerprint of this workspace&apos;s signing key</source>
        <translation>Vingerafdruk van de ondertekeningssleutel van deze werkruimte</translation>
    </message>
    <message>
        <source>&amp;Copy Fingerprint</source>
        <translation>Vingerafdruk &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copies the key&apos;s fingerprint, to send to your organisation&apos;s administrator</source>
        <translation>Kopieert de vingerafdruk van de sleutel, om naar de beheerder van uw organisatie te sturen</translation>
    </message>
    <message>
        <source>Copy &amp;Line for the Administrator</source>
        <translation>&amp;Regel voor de beheerder kopiëren</translation>
    </message>
    <message>
        <source>Copies the line your administrator adds to the list of trusted signers: the fingerprint and your name</source>
        <translation>Kopieert de regel die uw beheerder aan de lijst van vertrouwde ondertekenaars toevoegt: de vingerafdruk en uw naam</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nieuwe sleutel…</translation>
    </message>
    <message>
        <source>Makes a new key for this workspace&apos;s model files, for when the old one was revoked or may have been copied</source>
        <translation>Maakt een nieuwe sleutel voor de modelbestanden van deze werkruimte, voor als de oude is ingetrokken of gekopieerd kan zijn</translation>
    </message>
    <message>
        <source>There is no list at %1: the first time you open a signer&apos;s model file, Fairstart shows you its key to compare with the one your organisation published.</source>
        <translation>Er is geen lijst op %1: de eerste keer dat u een modelbestand van een ondertekenaar opent, toont Fairstart u de sleutel om te vergelijken met de sleutel die uw organisatie publiceerde.</translation>
    </message>
    <message>
        <source>%1 has an error, so no model file opens until your administrator corrects it:
%2</source>
        <translation>%1 bevat een fout, dus geen enkel modelbestand opent totdat uw beheerder het verbetert:
%2</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrouwd</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Regel %1 van %2</translation>
    </message>
    <message>
        <source>%1 (installed by your administrator): model files of its trusted signers open without asking, those of revoked keys never open. %2 trusted, %3 revoked.</source>
        <translation>%1 (geïnstalleerd door uw beheerder): modelbestanden van de vertrouwde ondertekenaars erop openen zonder te vragen, die van ingetrokken sleutels nooit. %2 vertrouwd, %3 ingetrokken.</translation>
    </message>
    <message>
        <source>revoked: its files no longer open</source>
        <translation>ingetrokken: de bestanden ervan openen niet meer</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>This workspace has no key for model files yet: it makes one at its first Save Model File (reviewer mode).</source>
        <translation>Deze werkruimte heeft nog geen sleutel voor modelbestanden: ze maakt er een bij de eerste keer Modelbestand opslaan (beoordelaarsmodus).</translation>
    </message>
    <message>
        <source>Model files from this workspace are signed by %1 with the key below. Give it to your organisation&apos;s administrator (read it out, or copy it), so that they add it to the list of trusted signers and professionals&apos; workbenches open your model files without asking.</source>
        <translation>Modelbestanden uit deze werkruimte worden ondertekend door %1 met de sleutel hieronder. Geef die aan de beheerder van uw organisatie (lees hem voor, of kopieer hem), zodat die hem aan de lijst van vertrouwde ondertekenaars toevoegt en de werkbanken van professionals uw modelbestanden openen zonder te vragen.</translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Nieuwe ondertekeningssleutel</translation>
    </message>
    <message>
        <source>Check the organisation&apos;s list of trusted signers of model files (FAIRSTART_TRUSTED_SIGNERS, else %1), print what it holds and every error, then quit: for the administrator who edits it.</source>
        <translation>De lijst van vertrouwde ondertekenaars van modelbestanden van de organisatie controleren (FAIRSTART_TRUSTED_SIGNERS, anders %1), tonen wat erin staat en elke fout, dan stoppen: voor de beheerder die hem bewerkt.</translation>
    </message>
    <message>
        <source>fairstart: there is no list of trusted signers at %1 (FAIRSTART_TRUSTED_SIGNERS chooses another file).</source>
        <translation>fairstart: er is geen lijst van vertrouwde ondertekenaars op %1 (FAIRSTART_TRUSTED_SIGNERS kiest een ander bestand).</translation>
    </message>
    <message>
        <source>line %1: %2 %3  %4</source>
        <translation>regel %1: %2 %3  %4</translation>
    </message>
    <message numerus="yes">
        <source>fairstart: %n error(s): no model file opens on this computer until they are corrected.</source>
        <translation>
            <numerusform>fairstart: %n fout: geen enkel modelbestand opent op deze computer totdat die verbeterd is.</numerusform>
            <numerusform>fairstart: %n fouten: geen enkel modelbestand opent op deze computer totdat ze verbeterd zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n signer(s), no errors.</source>
        <translation>
            <numerusform>%1: %n ondertekenaar, geen fouten.</numerusform>
            <numerusform>%1: %n ondertekenaars, geen fouten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys this workspace signed with before New Key… replaced them. Files signed with them keep them. If someone else may have one of these keys, ask your administrator to revoke it: send them its revocation line.</source>
        <translation>Sleutels waarmee deze werkruimte ondertekende voordat Nieuwe sleutel… ze verving. Bestanden die ermee ondertekend zijn, houden ze. Als iemand anders een van deze sleutels kan hebben, vraag uw beheerder hem in te trekken: stuur hem de intrekkingsregel.</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Earlier signing keys of this workspace</source>
        <translation>Eerdere ondertekeningssleutels van deze werkruimte</translation>
    </message>
    <message>
        <source>Copy &amp;Revocation Line</source>
        <translation>&amp;Intrekkingsregel kopiëren</translation>
    </message>
    <message>
        <source>Copies the line with which your administrator revokes the selected key in the list of trusted signers</source>
        <translation>Kopieert de regel waarmee uw beheerder de gekozen sleutel intrekt in de lijst van vertrouwde ondertekenaars</translation>
    </message>
    <message>
        <source>replaced on %1</source>
        <translation>vervangen op %1</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>trusted: ask to revoke it</source>
        <translation>vertrouwd: vraag hem in te trekken</translation>
    </message>
    <message>
        <source>Signed as %1</source>
        <translation>Ondertekend als %1</translation>
    </message>
    <message>
        <source>Make a new key for this workspace&apos;s model files?

Model files you save from now on are signed with the new key; files you signed before keep the old one. Give the new key&apos;s fingerprint to your administrator, and ask them to revoke the old key if someone else may have it. The old key cannot be brought back; its fingerprint stays listed here, with the line that revokes it.</source>
        <translation>Een nieuwe sleutel maken voor de modelbestanden van deze werkruimte?

Modelbestanden die u vanaf nu opslaat, worden met de nieuwe sleutel ondertekend; bestanden die u eerder ondertekende, houden de oude. Geef de vingerafdruk van de nieuwe sleutel aan uw beheerder en vraag hem de oude sleutel in te trekken als iemand anders die kan hebben. De oude sleutel komt niet terug; zijn vingerafdruk blijft hier vermeld, met de regel die hem intrekt.</translation>
    </message>
</context>
<context>
    <name>Fairstart::Workspace</name>
    <message>
        <source>an unencrypted SQLite database</source>
        <translation>een onversleutelde SQLite-database</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>een PNG-afbeelding</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>een JPEG-afbeelding</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>een PDF-document</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>een ZIP-archief of kantoordocument</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>een gzip-archief</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>een tekstbestand</translation>
    </message>
    <message>
        <source>The workspace is in use by another Fairstart window or program. Close it there and try again.</source>
        <translation>De werkruimte is in gebruik door een ander Fairstart-venster of programma. Sluit haar daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1). Nothing was changed; open a backup copy.</source>
        <translation>Het werkruimtebestand is beschadigd (%1). Er is niets gewijzigd; open een reservekopie.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>De schijf is vol, dus de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The workspace file could not be written or read (%1). Check that the disk is available and writable, then try again.</source>
        <translation>Het werkruimtebestand kon niet worden geschreven of gelezen (%1). Controleer of de schijf beschikbaar en beschrijfbaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Unexpected database error: %1. The change was not saved; please report this.</source>
        <translation>Onverwachte databasefout: %1. De wijziging is niet opgeslagen; meld dit alstublieft.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a new workspace never replaces a file.</source>
        <translation>%1 bestaat al. Kies een andere naam: een nieuwe werkruimte vervangt nooit een bestand.</translation>
    </message>
    <message>
        <source>%1 exists beside the new workspace and would be mistaken for its journal. Move it away or choose another name.</source>
        <translation>%1 staat naast de nieuwe werkruimte en zou voor haar journaal worden aangezien. Verplaats het of kies een andere naam.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>De map %1 bestaat niet. Kies een bestaande map.</translation>
    </message>
    <message>
        <source>The passphrase is empty. Choose a passphrase to encrypt the workspace with.</source>
        <translation>De wachtwoordzin is leeg. Kies een wachtwoordzin om de werkruimte mee te versleutelen.</translation>
    </message>
    <message>
        <source>The cryptography library could not start. Please report this.</source>
        <translation>De cryptografiebibliotheek kon niet starten. Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the encryption key (64 MiB are needed). Close other programs and try again.</source>
        <translation>Niet genoeg geheugen om de versleutelingssleutel af te leiden (64 MiB nodig). Sluit andere programma&apos;s en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not create a file in %1 (%2). Check that the folder is writable.</source>
        <translation>Kon geen bestand aanmaken in %1 (%2). Controleer of de map beschrijfbaar is.</translation>
    </message>
    <message>
        <source>%1 appeared while the workspace was being created. Choose another name.</source>
        <translation>%1 verscheen terwijl de werkruimte werd aangemaakt. Kies een andere naam.</translation>
    </message>
    <message>
        <source>There is no file at %1. Check the name and folder.</source>
        <translation>Er is geen bestand op %1. Controleer de naam en de map.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Fairstart workspace. Choose a .fairstart file.</source>
        <translation>%1 is een map, geen Fairstart-werkruimte. Kies een .fairstart-bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check its permissions.</source>
        <translation>%1 kan niet worden gelezen (%2). Controleer de rechten.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a Fairstart workspace. Choose another file; this one was not changed.</source>
        <translation>%1 is leeg en dus geen Fairstart-werkruimte. Kies een ander bestand; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is %2, not a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 is %2, geen Fairstart-werkruimte. Kies een .fairstart-bestand; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is too small to be a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 is te klein voor een Fairstart-werkruimte. Kies een .fairstart-bestand; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated, or not a Fairstart workspace: its size is not a whole number of pages. It was not changed; open a backup copy.</source>
        <translation>%1 is beschadigd of afgekapt, of geen Fairstart-werkruimte: de grootte is geen geheel aantal pagina&apos;s. Het is niet gewijzigd; open een reservekopie.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>%1 is alleen-lezen. Kopieer het naar een map waarin u kunt schrijven, of wijzig de rechten, en open het opnieuw.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check that it exists and is readable and writable.</source>
        <translation>%1 kon niet worden geopend (%2). Controleer of het bestaat en lees- en schrijfbaar is.</translation>
    </message>
    <message>
        <source>The encryption key could not be set (%1). Please report this.</source>
        <translation>De versleutelingssleutel kon niet worden ingesteld (%1). Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Check it (and the keyboard layout) and try again; the file was not changed. If you are sure of the passphrase, the file is damaged or not a workspace: open a backup copy.</source>
        <translation>De wachtwoordzin opent %1 niet. Controleer haar (en de toetsenbordindeling) en probeer het opnieuw; het bestand is niet gewijzigd. Weet u de wachtwoordzin zeker, dan is het bestand beschadigd of geen werkruimte: open een reservekopie.</translation>
    </message>
    <message>
        <source>%1 is an encrypted database, but not a Fairstart workspace. Choose a .fairstart file; this one was not changed.</source>
        <translation>%1 is een versleutelde database, maar geen Fairstart-werkruimte. Kies een .fairstart-bestand; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Fairstart (workspace version %2; this Fairstart reads up to version %3). Update Fairstart to open it; the file was not changed.</source>
        <translation>%1 is geschreven door een nieuwere Fairstart (werkruimteversie %2; deze Fairstart leest tot en met versie %3). Werk Fairstart bij om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is a Fairstart workspace without a schema version, so it is damaged. It was not changed; open a backup copy.</source>
        <translation>%1 is een Fairstart-werkruimte zonder schemaversie en dus beschadigd. Het is niet gewijzigd; open een reservekopie.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <source>The file is empty. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Het bestand is leeg. Kies een .fsmodel-bestand dat door Fairstart is geëxporteerd.</translation>
    </message>
    <message>
        <source>The file is not valid JSON at %1: %2. Fix it or export the model again.</source>
        <translation>Het bestand is geen geldige JSON bij %1: %2. Herstel het of exporteer het model opnieuw.</translation>
    </message>
    <message>
        <source>The file holds a JSON array, but a .fsmodel file is one JSON object. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Het bestand bevat een JSON-array, maar een .fsmodel-bestand is één JSON-object. Kies een .fsmodel-bestand dat door Fairstart is geëxporteerd.</translation>
    </message>
    <message>
        <source>The file holds a single JSON value, but a .fsmodel file is one JSON object. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>Het bestand bevat één losse JSON-waarde, maar een .fsmodel-bestand is één JSON-object. Kies een .fsmodel-bestand dat door Fairstart is geëxporteerd.</translation>
    </message>
    <message>
        <source>The field &quot;format&quot; is missing, so this is not a .fsmodel file. Choose a file exported by Fairstart.</source>
        <translation>Het veld &quot;format&quot; ontbreekt, dus dit is geen .fsmodel-bestand. Kies een bestand dat door Fairstart is geëxporteerd.</translation>
    </message>
    <message>
        <source>The field &quot;format&quot; should be &quot;%1&quot;. This is not a .fsmodel file; choose a file exported by Fairstart.</source>
        <translation>Het veld &quot;format&quot; moet &quot;%1&quot; zijn. Dit is geen .fsmodel-bestand; kies een bestand dat door Fairstart is geëxporteerd.</translation>
    </message>
    <message>
        <source>The field &quot;formatVersion&quot; must be a whole number from 1. Export the model again.</source>
        <translation>Het veld &quot;formatVersion&quot; moet een geheel getal vanaf 1 zijn. Exporteer het model opnieuw.</translation>
    </message>
    <message>
        <source>The model was exported by a newer Fairstart (format version %1; this Fairstart reads up to version %2). Update Fairstart to import it.</source>
        <translation>Het model is geëxporteerd door een nieuwere Fairstart (formaatversie %1; deze Fairstart leest tot en met versie %2). Werk Fairstart bij om het te importeren.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; must be a non-empty text. Add the model&apos;s name to the file or export it again.</source>
        <translation>Het veld &quot;name&quot; moet een niet-lege tekst zijn. Voeg de naam van het model toe aan het bestand of exporteer het opnieuw.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is longer than %1 characters. Shorten it.</source>
        <translation>Het veld &quot;name&quot; is langer dan %1 tekens. Maak het korter.</translation>
    </message>
    <message>
        <source>The field &quot;design&quot; must be a JSON object holding the model design. Export the model again.</source>
        <translation>Het veld &quot;design&quot; moet een JSON-object met het modelontwerp zijn. Exporteer het model opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose a folder where you can write.</source>
        <translation>%1 kan niet worden geschreven (%2). Kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check the free space and try again.</source>
        <translation>%1 kon niet worden opgeslagen (%2). Controleer de vrije ruimte en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Check the name and permissions.</source>
        <translation>%1 kan niet worden gelezen (%2). Controleer de naam en de rechten.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB, far more than a model design needs. Choose a .fsmodel file exported by Fairstart.</source>
        <translation>%1 is groter dan 16 MiB, veel meer dan een modelontwerp nodig heeft. Kies een .fsmodel-bestand dat door Fairstart is geëxporteerd.</translation>
    </message>
    <message>
        <source>The workspace is locked or closed. Unlock it with its passphrase and try again.</source>
        <translation>De werkruimte is vergrendeld of gesloten. Ontgrendel haar met de wachtwoordzin en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There is no design %1 in this workspace; it may have been deleted. Refresh the list.</source>
        <translation>Er is geen ontwerp %1 in deze werkruimte; het is misschien verwijderd. Vernieuw de lijst.</translation>
    </message>
    <message>
        <source>There is no run %1 in this workspace. Refresh the list.</source>
        <translation>Er is geen analyse %1 in deze werkruimte. Vernieuw de lijst.</translation>
    </message>
    <message>
        <source>The site name is empty. Enter a name.</source>
        <translation>De sitenaam is leeg. Voer een naam in.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; of site %2 is not a web address. Enter it as the node administrator gave it, e.g. https://node.example.org:8443.</source>
        <translation>Het adres &quot;%1&quot; van site %2 is geen webadres. Voer het in zoals de beheerder van de node het gaf, bijv. https://node.example.org:8443.</translation>
    </message>
    <message>
        <source>The new passphrase is empty. Choose a passphrase; the old one still applies.</source>
        <translation>De nieuwe wachtwoordzin is leeg. Kies een wachtwoordzin; de oude blijft geldig.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so the passphrase was not changed. Enter the passphrase you opened the workspace with.</source>
        <translation>De huidige wachtwoordzin klopt niet, dus de wachtwoordzin is niet gewijzigd. Voer de wachtwoordzin in waarmee u de werkruimte opende.</translation>
    </message>
    <message>
        <source>The design name is empty. Enter a name.</source>
        <translation>De ontwerpnaam is leeg. Voer een naam in.</translation>
    </message>
    <message>
        <source>Design %1 has no version %2. Choose a version from its history.</source>
        <translation>Ontwerp %1 heeft geen versie %2. Kies een versie uit de geschiedenis.</translation>
    </message>
    <message>
        <source>A design called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Er bestaat al een ontwerp met de naam &quot;%1&quot;. Kies een andere naam.</translation>
    </message>
    <message>
        <source>A run needs at least one site. Choose the sites to run at.</source>
        <translation>Een analyse heeft ten minste één site nodig. Kies de sites om op uit te voeren.</translation>
    </message>
    <message>
        <source>Run %1 was not started at site &quot;%2&quot;. Check the site name.</source>
        <translation>Analyse %1 is niet gestart bij site &quot;%2&quot;. Controleer de sitenaam.</translation>
    </message>
    <message>
        <source>A model of run %1 has been published, so its result can no longer change. Start a new run instead.</source>
        <translation>Er is een model van analyse %1 gepubliceerd, dus het resultaat kan niet meer veranderen. Start in plaats daarvan een nieuwe analyse.</translation>
    </message>
    <message>
        <source>The model name is empty. Enter a name.</source>
        <translation>De modelnaam is leeg. Voer een naam in.</translation>
    </message>
    <message>
        <source>Run %1 has no result yet, so there is no model to publish. Wait for the run to finish.</source>
        <translation>Analyse %1 heeft nog geen resultaat, dus er is geen model om te publiceren. Wacht tot de analyse klaar is.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; already exists. Choose another name or edit that site.</source>
        <translation>Er bestaat al een site met de naam &quot;%1&quot;. Kies een andere naam of bewerk die site.</translation>
    </message>
    <message>
        <source>A site called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Er bestaat al een site met de naam &quot;%1&quot;. Kies een andere naam.</translation>
    </message>
    <message>
        <source>The setting name is empty.</source>
        <translation>De naam van de instelling is leeg.</translation>
    </message>
    <message>
        <source>Request log entry %1 is missing: the log was altered. Keep this workspace as evidence and tell your security contact.</source>
        <translation>Regel %1 van het verzoekenlogboek ontbreekt: het logboek is gewijzigd. Bewaar deze werkruimte als bewijs en waarschuw uw beveiligingscontactpersoon.</translation>
    </message>
    <message>
        <source>Request log entry %1 does not follow entry %2: entries were removed, inserted or reordered. Keep this workspace as evidence and tell your security contact.</source>
        <translation>Regel %1 van het verzoekenlogboek volgt niet op regel %2: er zijn regels verwijderd, ingevoegd of verplaatst. Bewaar deze werkruimte als bewijs en waarschuw uw beveiligingscontactpersoon.</translation>
    </message>
    <message>
        <source>Request log entry %1 was changed after it was written. Keep this workspace as evidence and tell your security contact.</source>
        <translation>Regel %1 van het verzoekenlogboek is gewijzigd nadat ze was geschreven. Bewaar deze werkruimte als bewijs en waarschuw uw beveiligingscontactpersoon.</translation>
    </message>
    <message>
        <source>The newest request log entries were removed (the log should end after a different entry than %1). Keep this workspace as evidence and tell your security contact.</source>
        <translation>De nieuwste regels van het verzoekenlogboek zijn verwijderd (het logboek zou na een andere regel dan %1 moeten eindigen). Bewaar deze werkruimte als bewijs en waarschuw uw beveiligingscontactpersoon.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot; in this workspace. Refresh the list.</source>
        <translation>Er is geen site &quot;%1&quot; in deze werkruimte. Vernieuw de lijst.</translation>
    </message>
    <message>
        <source>Site %1 presents other study keys than the ones recorded for it; they were not replaced. Confirm the new keys with the site&apos;s administrator, then accept them in the Sites panel.</source>
        <translation>Site %1 toont andere studiesleutels dan die voor haar zijn vastgelegd; ze zijn niet vervangen. Bevestig de nieuwe sleutels met de beheerder van de site en accepteer ze daarna in het paneel Sites.</translation>
    </message>
    <message>
        <source>The study keys of site %1 are not an Ed25519 and an X25519 public key (base64 of 32 bytes each); nothing was recorded. Check the site again.</source>
        <translation>De studiesleutels van site %1 zijn geen publieke Ed25519- en X25519-sleutel (base64 van elk 32 bytes); er is niets vastgelegd. Controleer de site opnieuw.</translation>
    </message>
    <message>
        <source>The study keys recorded for site %1 changed since they were shown to you; nothing was replaced. Check the site again and compare the fingerprints once more.</source>
        <translation>De studiesleutels die voor site %1 zijn vastgelegd, zijn veranderd sinds ze u zijn getoond; er is niets vervangen. Controleer de site opnieuw en vergelijk de vingerafdrukken nogmaals.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Together with earlier releases from this dataset (by any user, for any purpose), these category counts would single out a group of fewer than %1 records. Describe and fit one cohort (the same filters and complete cases), or leave this variable out.</source>
        <translation>Samen met eerdere vrijgaven uit deze dataset (door welke gebruiker en voor welk doel ook) zouden deze aantallen per categorie een groep van minder dan %1 records afzonderen. Beschrijf en schat één en hetzelfde cohort (dezelfde filters en complete cases), of laat deze variabele weg.</translation>
    </message>
    <message>
        <source>This dataset&apos;s differencing ledger is full (%1 %2): the node releases nothing that would refine it further. Use cohorts and variables already released, or ask the site administrator.</source>
        <translation>Het verschillenregister van deze dataset is vol (%1 %2): de node geeft niets meer vrij dat het verder zou verfijnen. Gebruik cohorten en variabelen die al zijn vrijgegeven, of vraag het de beheerder van de site.</translation>
    </message>
    <message>
        <source>No combination of this release with earlier ones singles out fewer than %1 records.</source>
        <translation>Geen combinatie van deze vrijgave met eerdere vrijgaven zondert minder dan %1 records af.</translation>
    </message>
    <message>
        <source>The request cannot be computed on this site&apos;s records. The node does not say which record, variable or value is the cause, because that would describe the records. Check the design against the catalogue (levels, transforms, the outcome&apos;s type) or ask the site administrator.</source>
        <translation>Het verzoek kan niet worden berekend op de records van deze site. De node zegt niet welk record, welke variabele of welke waarde de oorzaak is, omdat dat de records zou beschrijven. Vergelijk het ontwerp met de catalogus (niveaus, transformaties, het type van de uitkomst) of vraag het de beheerder van de site.</translation>
    </message>
    <message>
        <source>Fewer than %1 records of the cohort miss this variable, so its summary would reveal them. Add it to completeCases.</source>
        <translation>Minder dan %1 records van het cohort missen deze variabele, dus de samenvatting zou ze onthullen. Voeg de variabele toe aan completeCases.</translation>
    </message>
    <message>
        <source>Even one bin holding every record has fewer than %1 records of an outcome class.</source>
        <translation>Zelfs één risico-interval met alle records bevat minder dan %1 records van een uitkomstklasse.</translation>
    </message>
    <message>
        <source>the passphrase is never taken from the command line (it would show in the process list and the shell history); set FAIRSTART_NODE_PASSPHRASE or use --passphrase-file FILE.</source>
        <translation>de wachtwoordzin wordt nooit van de opdrachtregel gelezen (dan zou ze zichtbaar zijn in de proceslijst en de shellgeschiedenis); stel FAIRSTART_NODE_PASSPHRASE in of gebruik --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>the new passphrase is never taken from the command line (it would show in the process list and the shell history); set FAIRSTART_NODE_NEW_PASSPHRASE or use --new-passphrase-file FILE.</source>
        <translation>de nieuwe wachtwoordzin wordt nooit van de opdrachtregel gelezen (dan zou ze zichtbaar zijn in de proceslijst en de shellgeschiedenis); stel FAIRSTART_NODE_NEW_PASSPHRASE in of gebruik --new-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>A numeric variable (%1) is filtered by a minimum and a maximum, not by a list of values: a list could select single records. Give bounds at the edges of the node&apos;s histogram of %1.</source>
        <translation>Een numerieke variabele (%1) wordt gefilterd op een minimum en een maximum, niet op een lijst van waarden: een lijst zou afzonderlijke records kunnen selecteren. Kies de grenzen van het filter uit de grenzen van het histogram van %1 op de node.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for a filter on it (the node&apos;s histogram of it has no edges). Filter by another variable, or leave this filter out at this site.</source>
        <translation>De variabele %1 heeft bij deze site te weinig verschillende records voor een filter erop (het histogram ervan op de node heeft geen grenzen). Filter op een andere variabele, of laat dit filter bij deze site weg.</translation>
    </message>
    <message>
        <source>Bounds of a numeric filter must be edges of the node&apos;s histogram of %1 (describe %1 to see them), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>De grenzen van een numeriek filter moeten grenzen zijn van het histogram van %1 op de node (beschrijf %1 om ze te zien), zodat een weigering nooit verraadt waar de waarde van een record ligt.</translation>
    </message>
    <message>
        <source>The minimum %1 of the filter on %2 is not allowed.</source>
        <translation>Het minimum %1 van het filter op %2 is niet toegestaan.</translation>
    </message>
    <message>
        <source> A maximum cannot be the highest edge: the records above it could be too few to leave out.</source>
        <translation> Een maximum kan niet de hoogste grens zijn: boven die grens kunnen te weinig records liggen om ze weg te laten.</translation>
    </message>
    <message>
        <source>The maximum %1 of the filter on %2 is not allowed.</source>
        <translation>Het maximum %1 van het filter op %2 is niet toegestaan.</translation>
    </message>
    <message>
        <source>The filter on %1 needs a minimum below its maximum, at two different edges of the node&apos;s histogram of %1.</source>
        <translation>Het filter op %1 vraagt een minimum onder het maximum, op twee verschillende grenzen van het histogram van %1 op de node.</translation>
    </message>
    <message>
        <source>Winsor bounds and an outcome threshold on a numeric variable must be edges of the node&apos;s histogram of %1 (describe %1 to see them; an upper bound or a threshold not its highest edge), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>Winsorgrenzen en een uitkomstdrempel op een numerieke variabele moeten grenzen zijn van het histogram van %1 op de node (beschrijf %1 om ze te zien; een bovengrens of drempel mag niet de hoogste grens zijn), zodat een weigering nooit verraadt waar de waarde van een record ligt.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for a bound, threshold or knot on it (the node&apos;s histogram of it has too few edges). Leave the transform out at this site.</source>
        <translation>De variabele %1 heeft bij deze site te weinig verschillende records voor een grens, drempel of knoop erop (het histogram ervan op de node heeft te weinig grenzen). Laat de transformatie bij deze site weg.</translation>
    </message>
    <message>
        <source> A bound cannot be the highest edge: the records above it could be too few.</source>
        <translation> Een winsorgrens kan niet de hoogste histogramgrens zijn: erboven kunnen te weinig records liggen.</translation>
    </message>
    <message>
        <source>The bound %1 of winsor(%2, …) is not allowed.</source>
        <translation>De grens %1 van winsor(%2, …) is niet toegestaan.</translation>
    </message>
    <message>
        <source>winsor(%1, …) needs a lower bound below its upper bound, at two different edges of the node&apos;s histogram of %1.</source>
        <translation>winsor(%1, …) vraagt een ondergrens onder de bovengrens, op twee verschillende grenzen van het histogram van %1 op de node.</translation>
    </message>
    <message>
        <source> A threshold cannot be the highest edge: the records above it could be too few.</source>
        <translation> Een drempel kan niet de hoogste histogramgrens zijn: erboven kunnen te weinig records liggen.</translation>
    </message>
    <message>
        <source>The outcome threshold %1 of %2 is not allowed.</source>
        <translation>De uitkomstdrempel %1 van %2 is niet toegestaan.</translation>
    </message>
    <message>
        <source>Together with earlier releases from this dataset (by any user, for any purpose), this cohort would single out a group of fewer than %1 records. Use the same cohort as before (the same purpose, filters and complete cases: another purpose&apos;s consent selects other records), or one that differs from every earlier one by at least %1 records.</source>
        <translation>Samen met eerdere vrijgaven uit deze dataset (door welke gebruiker en voor welk doel ook) zou dit cohort een groep van minder dan %1 records afzonderen. Gebruik hetzelfde cohort als eerder (hetzelfde doel, dezelfde filters en complete cases: de toestemming voor een ander doel selecteert andere records), of een cohort dat minstens %1 records van elk eerder cohort verschilt.</translation>
    </message>
    <message>
        <source>A trend&apos;s period must be a variable of whole units such as a year of birth: this dataset&apos;s values of the period variable span more than %1 periods of one unit. Choose a year variable as the period.</source>
        <translation>De periode van een trend moet een variabele in hele eenheden zijn, zoals een geboortejaar: de waarden van de periodevariabele in deze dataset beslaan meer dan %1 perioden van één eenheid. Kies een jaarvariabele als periode.</translation>
    </message>
    <message>
        <source> A knot cannot be the highest edge: the records above it could be too few.</source>
        <translation> Een knoop kan niet de hoogste histogramgrens zijn: erboven kunnen te weinig records liggen.</translation>
    </message>
    <message>
        <source>The knot %1 of the spline of %2 is not allowed.</source>
        <translation>De knoop %1 van de spline van %2 is niet toegestaan.</translation>
    </message>
    <message>
        <source>Spline knots must be edges of the node&apos;s histogram of %1 (from %2 to below %3; describe %1 to see them, or let the client place the knots on the edges every site shares), so that a refusal never tells where a record&apos;s value lies.</source>
        <translation>Splineknopen moeten grenzen zijn van het histogram van %1 op de node (van %2 tot onder %3; beschrijf %1 om ze te zien, of laat de client de knopen plaatsen op de grenzen die alle sites delen), zodat een weigering nooit verraadt waar de waarde van een record ligt.</translation>
    </message>
    <message>
        <source>The variable %1 holds too few distinct records at this site for subgroup cells by it (the node&apos;s histogram of it has no edges). Choose another subgroup variable.</source>
        <translation>De variabele %1 heeft bij deze site te weinig verschillende records voor subgroepcellen op basis ervan (het histogram ervan op de node heeft geen grenzen). Kies een andere subgroepvariabele.</translation>
    </message>
    <message>
        <source>The edge %1 of the subgroup cells of %2 is not allowed.</source>
        <translation>De grens %1 van de subgroepcellen van %2 is niet toegestaan.</translation>
    </message>
    <message>
        <source>Subgroup edges of a numeric variable must be edges of the node&apos;s histogram of %1 (describe %1 to see them), so that which cells are withheld never tells where a record&apos;s value lies.</source>
        <translation>Subgroepgrenzen van een numerieke variabele moeten grenzen zijn van het histogram van %1 op de node (beschrijf %1 om ze te zien), zodat uit welke cellen worden achtergehouden nooit blijkt waar de waarde van een record ligt.</translation>
    </message>
    <message>
        <source>The subgroup edges of %1 must increase, each at another edge of the node&apos;s histogram of %1.</source>
        <translation>De subgroepgrenzen van %1 moeten oplopen, elk op een andere grens van het histogram van %1 op de node.</translation>
    </message>
    <message>
        <source>Together with an earlier fit of this outcome on this dataset (by any user, for any purpose), this fit&apos;s first round would give the sums of a group of fewer than %1 records with (or without) the outcome. Fit the same cohort as the earlier fits (the same filters and complete cases), or a cohort that differs from it by at least %1 records with and %1 without the outcome.</source>
        <translation>Samen met een eerdere fit van deze uitkomst op deze dataset (door welke gebruiker ook, voor welk doel ook) zou de eerste ronde van deze fit de sommen geven van een groep van minder dan %1 records met (of zonder) de uitkomst. Fit hetzelfde cohort als de eerdere fits (dezelfde filters en complete cases), of een cohort dat daarvan verschilt in ten minste %1 records met en %1 zonder de uitkomst.</translation>
    </message>
    <message>
        <source>Fewer than %1 records of the cohort hold a value of this variable, so its summary would reveal them. Describe a larger cohort or leave it out.</source>
        <translation>Minder dan %1 records van het cohort hebben een waarde voor deze variabele, dus de samenvatting zou ze onthullen. Beschrijf een groter cohort of laat de variabele weg.</translation>
    </message>
    <message>
        <source>Together with earlier fits on this dataset (by any user, for any purpose), this release would give the sums of fewer than %1 records of one category. Use the cohort of the earlier fits (the same filters and complete cases), or leave this variable out of the model or the filter.</source>
        <translation>Samen met eerdere schattingen op deze dataset (door welke gebruiker en voor welk doel ook) zou deze vrijgave de sommen van minder dan %1 records van één categorie geven. Gebruik het cohort van de eerdere schattingen (dezelfde filters en complete cases), of laat deze variabele weg uit het model of het filter.</translation>
    </message>
    <message>
        <source>Together with an earlier trend of the same variable by the same period on this dataset (by any user, for any purpose) over another cohort, this trend would give the trend of the records one cohort holds and the other does not, and a year or a level of it holds fewer than %1 records. (Level counts over a range of the period, and a histogram of the period over some of the variable&apos;s levels, are parts of that trend.) Ask for the trend over the cohort of the earlier one (the same filters and complete cases), or over a cohort that differs from it by at least %1 records in every year and level.</source>
        <translation>Samen met een eerdere trend van dezelfde variabele per dezelfde periode in deze dataset (door welke gebruiker en voor welk doel ook) over een ander cohort zou deze trend de trend geven van de records die het ene cohort bevat en het andere niet, en een jaar of een niveau daarvan bevat minder dan %1 records. (Niveauaantallen over een bereik van de periode, en een histogram van de periode over enkele niveaus van de variabele, zijn delen van die trend.) Vraag de trend over het cohort van de eerdere (dezelfde filters en volledige gevallen), of over een cohort dat er in elk jaar en niveau minstens %1 records van verschilt.</translation>
    </message>
    <message>
        <source>Records were removed from this dataset or corrected by a re-import after earlier releases on part of this cohort (by any user, for any purpose). A cohort that holds all the remaining records of such an earlier group, or leaves fewer than %1 of them out, could single out the removed records, so it is refused, now and later. Use a cohort that leaves at least %1 records of each such group out (another filter or another set of complete cases), or ask the site to describe the groups you need before it removes or corrects records.</source>
        <translation>Er zijn records uit deze dataset verwijderd of door een herimport gecorrigeerd na eerdere vrijgaven over een deel van dit cohort (door elke gebruiker, voor elk doel). Een cohort dat alle resterende records van zo&apos;n eerdere groep bevat, of er minder dan %1 van weglaat, zou de verwijderde records kunnen aanwijzen en wordt daarom geweigerd, nu en later. Gebruik een cohort dat van elke zulke groep minstens %1 records weglaat (een ander filter of een andere set complete cases), of vraag de site de groepen die u nodig hebt te beschrijven voordat zij records verwijdert of corrigeert.</translation>
    </message>
    <message>
        <source>The mean %1 and SD %2 of scale(%3) are not allowed: they are too far from the scale of %3 at this site (the step of its histogram), where a standardisation would no longer be exact. Standardise with the mean and SD of %3 over the sites (the client resolves them from the sites&apos; descriptives).</source>
        <translation>Het gemiddelde %1 en de SD %2 van scale(%3) zijn niet toegestaan: ze liggen te ver van de schaal van %3 op deze site (de stap van het histogram), waar een standaardisatie niet meer exact zou zijn. Standaardiseer met het gemiddelde en de SD van %3 over de sites (de client bepaalt ze uit de beschrijvingen van de sites).</translation>
    </message>
    <message>
        <source>Together with an earlier description of this whole-number variable over the same levels of a variable on this dataset (by any user, for any purpose) over another cohort, this description would give the counts of the records one cohort holds and the other does not by value and level, and a value or a level of them holds fewer than %1 records. Describe it over the cohort of the earlier one (the same filters and complete cases), or leave the level filter out.</source>
        <translation>Samen met een eerdere beschrijving van deze geheeltallige variabele over dezelfde niveaus van een variabele in deze dataset (door wie ook, voor welk doel ook) over een ander cohort zou deze beschrijving de aantallen geven van de records die het ene cohort bevat en het andere niet, per waarde en niveau, en een waarde of niveau daarvan bevat minder dan %1 records. Beschrijf haar over het cohort van de eerdere (dezelfde filters en complete gevallen), of laat het niveaufilter weg.</translation>
    </message>
    <message>
        <source>Your releases from this dataset have already divided its records into as many groups as one user may (%1 in the differencing ledger), and this release would divide them further; nothing was released or recorded. Cohorts and variables already released (by you or anyone) can still be used, as they divide nothing. To go further, ask the site administrator (policy key differencing_atoms_per_user).</source>
        <translation>Uw vrijgaven uit deze dataset hebben de records al in zoveel groepen verdeeld als één gebruiker mag (%1 in het differencing-grootboek), en deze vrijgave zou ze verder verdelen; er is niets vrijgegeven of vastgelegd. Al vrijgegeven cohorten en variabelen (door u of anderen) blijven bruikbaar, omdat ze niets verdelen. Wilt u verder, vraag dan de beheerder van de site (beleidssleutel differencing_atoms_per_user).</translation>
    </message>
</context>
</TS>
