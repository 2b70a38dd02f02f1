<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bs">
<context>
    <name>ApiError</name>
    <message>
        <source>The answer is larger than the limit of %1 bytes.</source>
        <translation>Odgovor je veći od ograničenja od %1 bajtova.</translation>
    </message>
    <message>
        <source>The server redirected the request to another site (%1); the redirect was not followed.</source>
        <translation>Server je preusmjerio zahtjev na drugu lokaciju (%1); preusmjerenje nije praćeno.</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Zahtjev je uspio.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Server nije dostupan.</translation>
    </message>
    <message>
        <source>The server stopped answering; the request timed out.</source>
        <translation>Server je prestao odgovarati; vrijeme za zahtjev je isteklo.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>Sigurna veza sa serverom nije mogla biti uspostavljena.</translation>
    </message>
    <message>
        <source>The account is not allowed to do this.</source>
        <translation>Račun nema dozvolu za ovo.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Server je odbio zahtjev.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>Server ne poznaje ovu stavku.</translation>
    </message>
    <message>
        <source>The server reported a problem (HTTP status %1).</source>
        <translation>Server je prijavio problem (HTTP status %1).</translation>
    </message>
    <message>
        <source>The server reported a problem.</source>
        <translation>Server je prijavio problem.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>Server je poslao odgovor koji ova aplikacija ne može pročitati.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Zahtjev je otkazan.</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>Zahtjev nije poslan.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Server je poručio: „%1“</translation>
    </message>
    <message>
        <source>The server said: “%1” (%2)</source>
        <translation>Server je poručio: „%1“ (%2)</translation>
    </message>
    <message>
        <source>A field is missing.</source>
        <translation>Nedostaje polje.</translation>
    </message>
    <message>
        <source>A field has an unexpected value.</source>
        <translation>Polje ima neočekivanu vrijednost.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Odgovor nije JSON objekat.</translation>
    </message>
    <message>
        <source>The server address “%1” is not a valid http or https URL.</source>
        <translation>Adresa servera „%1“ nije ispravan http ili https URL.</translation>
    </message>
    <message>
        <source>The server address “%1” does not use HTTPS; plain HTTP is only allowed to this computer.</source>
        <translation>Adresa servera „%1“ ne koristi HTTPS; obični HTTP dozvoljen je samo prema ovom računaru.</translation>
    </message>
    <message>
        <source>The server address “%1” contains a user name or password; remove it, you sign in separately.</source>
        <translation>Adresa servera „%1“ sadrži korisničko ime ili lozinku; uklonite ih, prijava se obavlja odvojeno.</translation>
    </message>
    <message numerus="yes">
        <source>It redirected the request again and again (%n times), so the request was given up.</source>
        <translation>
            <numerusform>Preusmjeravao je zahtjev iznova (%n put), pa je zahtjev napušten.</numerusform>
            <numerusform>Preusmjeravao je zahtjev iznova (%n puta), pa je zahtjev napušten.</numerusform>
            <numerusform>Preusmjeravao je zahtjev iznova (%n puta), pa je zahtjev napušten.</numerusform>
        </translation>
    </message>
    <message>
        <source>It closed while the firmware was being sent, after %1 of %2 bytes, as a server does that refuses a file it finds too large. Nothing was deployed.</source>
        <translation>Zatvorena je dok se firmware slao, nakon %1 od %2 bajtova, kao što to radi server koji odbija prevelik fajl. Ništa nije postavljeno.</translation>
    </message>
    <message>
        <source>The server answered about device %1 when asked about %2.</source>
        <translation>Server je odgovorio o uređaju %1, a pitan je o %2.</translation>
    </message>
    <message>
        <source>The connection to the server closed before its answer arrived.</source>
        <translation>Veza sa serverom je zatvorena prije nego što je stigao njegov odgovor.</translation>
    </message>
    <message>
        <source>The upload was stopped before its end, so nothing was deployed.</source>
        <translation>Slanje je zaustavljeno prije kraja, pa ništa nije postavljeno.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>Server nije prihvatio pristupne podatke.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>API base URL (default: $IOTAAP_API_URL, else %1).</source>
        <translation>Osnovni URL API-ja (zadano: $IOTAAP_API_URL, inače %1).</translation>
    </message>
    <message>
        <source>Give up a request after S seconds without progress (default %1; 0: never).</source>
        <translation>Odustani od zahtjeva nakon S sekundi bez napretka (zadano %1; 0: nikad).</translation>
    </message>
    <message>
        <source>No progress and no notes on stderr; errors only.</source>
        <translation>Bez napretka i bez napomena na stderr; samo greške.</translation>
    </message>
    <message>
        <source>Usage: iotaap-ota [global options] COMMAND [options]

Deploys ESP32 firmware to devices and groups on the IoTaaP cloud.

Commands:
</source>
        <translation>Upotreba: iotaap-ota [globalne opcije] KOMANDA [opcije]

Isporučuje ESP32 firmver na uređaje i grupe u IoTaaP oblaku.

Komande:
</translation>
    </message>
    <message>
        <source>
&quot;iotaap-ota COMMAND --help&quot; shows a command&apos;s options.

Secrets are read from standard input (--password-stdin, --token-stdin), the
environment ($IOTAAP_TOKEN: a bearer token; $IOTAAP_DEVICE_TOKEN) or the OS
keychain, never from an argument.

</source>
        <translation>
&quot;iotaap-ota KOMANDA --help&quot; prikazuje opcije komande.

Tajni podaci čitaju se sa standardnog ulaza (--password-stdin, --token-stdin), iz
okruženja ($IOTAAP_TOKEN: bearer token; $IOTAAP_DEVICE_TOKEN) ili iz spremišta
ključeva operativnog sistema, nikad iz argumenta.

</translation>
    </message>
    <message>
        <source>Usage: iotaap-ota %1

%2

</source>
        <translation>Upotreba: iotaap-ota %1

%2

</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; &quot;iotaap-ota --help&quot; lists them</source>
        <translation>nepoznata komanda &quot;%1&quot;; &quot;iotaap-ota --help&quot; navodi sve komande</translation>
    </message>
    <message>
        <source>%1 &quot;iotaap-ota %2 --help&quot; shows the options.</source>
        <translation>%1 &quot;iotaap-ota %2 --help&quot; prikazuje opcije.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, 0 or more</source>
        <translation>--timeout mora biti broj sekundi, 0 ili više</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Prikaži ovu pomoć.</translation>
    </message>
    <message>
        <source>Show the program&apos;s version.</source>
        <translation>Prikaži verziju programa.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>interrupted</source>
        <translation>prekinuto</translation>
    </message>
    <message>
        <source>Log in again with &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN.</source>
        <translation>Ponovo se prijavite s &quot;iotaap-ota login&quot; ili postavite $IOTAAP_TOKEN.</translation>
    </message>
    <message>
        <source>not logged in to %1: run &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN</source>
        <translation>niste prijavljeni na %1: pokrenite &quot;iotaap-ota login&quot; ili postavite $IOTAAP_TOKEN</translation>
    </message>
    <message>
        <source>no token for %1 in the keychain</source>
        <translation>nema tokena za %1 u spremištu ključeva</translation>
    </message>
    <message>
        <source>%1: run &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN</source>
        <translation>%1: pokrenite &quot;iotaap-ota login&quot; ili postavite $IOTAAP_TOKEN</translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>No saved credentials were found in the keychain.</source>
        <translation>U spremištu ključeva nisu pronađeni sačuvani pristupni podaci.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: you stay signed in for this session only.</source>
        <translation>Spremište ključeva (Secret Service) nije dostupno: ostajete prijavljeni samo za ovu sesiju.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time (it may be locked): you stay signed in for this session only.</source>
        <translation>Spremište ključeva nije odgovorilo na vrijeme (možda je zaključano): ostajete prijavljeni samo za ovu sesiju.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Spremište ključeva je prijavilo grešku: %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo has no place for its data in %1: %2</source>
        <translation>Demo nema mjesta za svoje podatke u %1: %2</translation>
    </message>
</context>
<context>
    <name>DeployAttempt</name>
    <message>
        <source>Running</source>
        <translation>U toku</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Isporučeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspjelo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Prekinuto</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Uređaj</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>Nije postavljeno</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ishod nepoznat</translation>
    </message>
</context>
<context>
    <name>DeployChecks</name>
    <message>
        <source>Nothing usable was dropped: drop one firmware file.</source>
        <translation>Ništa upotrebljivo nije ispušteno: ispustite jednu datoteku firmvera.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; drop exactly one firmware file.</source>
        <translation>
            <numerusform>Ispuštena je %n datoteka; ispustite tačno jednu datoteku firmvera.</numerusform>
            <numerusform>Ispuštene su %n datoteke; ispustite tačno jednu datoteku firmvera.</numerusform>
            <numerusform>Ispušteno je %n datoteka; ispustite tačno jednu datoteku firmvera.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; download it first, then drop the file.</source>
        <translation>%1 nije datoteka na ovom računaru; prvo je preuzmite, a zatim ispustite datoteku.</translation>
    </message>
    <message>
        <source>No firmware file was chosen.</source>
        <translation>Nije odabrana datoteka firmvera.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ne postoji.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose the firmware.bin file inside it.</source>
        <translation>%1 je folder; odaberite datoteku firmware.bin u njemu.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 nije obična datoteka.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 se ne može pročitati.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Datoteka %1 je prazna.</translation>
    </message>
    <message>
        <source>Choose the device to deploy to.</source>
        <translation>Odaberite uređaj na koji se isporučuje.</translation>
    </message>
    <message>
        <source>Choose the group to deploy to.</source>
        <translation>Odaberite grupu na koju se isporučuje.</translation>
    </message>
    <message>
        <source>A device id</source>
        <translation>ID uređaja</translation>
    </message>
    <message>
        <source>A group id</source>
        <translation>ID grupe</translation>
    </message>
    <message>
        <source>%1 has only the digits 0-9 and the letters a-f.</source>
        <translation>%1 sadrži samo cifre 0-9 i slova a-f.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has 24 hexadecimal digits; this has %n.</source>
        <translation>
            <numerusform>%1 ima 24 heksadecimalne cifre; unesena vrijednost ima %n.</numerusform>
            <numerusform>%1 ima 24 heksadecimalne cifre; unesena vrijednost ima %n.</numerusform>
            <numerusform>%1 ima 24 heksadecimalne cifre; unesena vrijednost ima %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the target&apos;s token.</source>
        <translation>Unesite token cilja.</translation>
    </message>
    <message>
        <source>Enter the firmware version, for example 1.4.2.</source>
        <translation>Unesite verziju firmvera, na primjer 1.4.2.</translation>
    </message>
    <message>
        <source>Only the firmware.bin application image that PlatformIO builds can be deployed.</source>
        <translation>Isporučiti se može samo aplikacijska slika firmware.bin koju pravi PlatformIO.</translation>
    </message>
    <message>
        <source>A damaged image cannot be deployed.</source>
        <translation>Oštećena slika ne može se isporučiti.</translation>
    </message>
    <message>
        <source>The chip id %1 is unknown to this app; make sure the image is built for the target&apos;s chip.</source>
        <translation>ID čipa %1 nije poznat ovoj aplikaciji; provjerite je li slika napravljena za čip cilja.</translation>
    </message>
    <message>
        <source>The target already has version %1: it will not update, because an update is triggered only when the version differs.</source>
        <translation>Cilj već ima verziju %1: neće se ažurirati, jer se ažuriranje pokreće samo kada se verzija razlikuje.</translation>
    </message>
    <message>
        <source>This is a downgrade: the target has version %1, newer than %2.</source>
        <translation>Ovo je vraćanje na stariju verziju: cilj ima verziju %1, noviju od %2.</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>(Server je poručio: %1)</translation>
    </message>
    <message>
        <source>The server does not accept this device id.</source>
        <translation>Server ne prihvata ovaj ID uređaja.</translation>
    </message>
    <message>
        <source>The server does not accept this group id.</source>
        <translation>Server ne prihvata ovaj ID grupe.</translation>
    </message>
    <message>
        <source>The server received no firmware file.</source>
        <translation>Server nije primio datoteku firmvera.</translation>
    </message>
    <message>
        <source>No such device: the id is unknown, belongs to another account, or the token is wrong.</source>
        <translation>Nema takvog uređaja: ID je nepoznat, pripada drugom računu ili je token pogrešan.</translation>
    </message>
    <message>
        <source>No such group: the id is unknown, belongs to another account, or the token is wrong.</source>
        <translation>Nema takve grupe: ID je nepoznat, pripada drugom računu ili je token pogrešan.</translation>
    </message>
    <message>
        <source>The account may not deploy to this device.</source>
        <translation>Račun ne smije isporučivati na ovaj uređaj.</translation>
    </message>
    <message>
        <source>Group deploys are not available on the account&apos;s plan; upgrade the account or deploy to each device.</source>
        <translation>Grupne isporuke nisu dostupne u paketu ovog računa; nadogradite račun ili isporučite na svaki uređaj posebno.</translation>
    </message>
    <message>
        <source>The server refused the file as too large.</source>
        <translation>Server je odbio datoteku kao preveliku.</translation>
    </message>
    <message>
        <source>The server failed to store the firmware; nothing was deployed.</source>
        <translation>Server nije uspio sačuvati firmver; ništa nije isporučeno.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Poruka servera: %1</translation>
    </message>
    <message>
        <source>It said: %1 (%2)</source>
        <translation>Poruka servera: %1 (%2)</translation>
    </message>
    <message>
        <source>The sign-in has expired; sign in again, then the deploy is retried.</source>
        <translation>Prijava je istekla; prijavite se ponovo, a zatim će se isporuka ponoviti.</translation>
    </message>
    <message>
        <source>The upload was cancelled; nothing was deployed.</source>
        <translation>Slanje je otkazano; ništa nije isporučeno.</translation>
    </message>
    <message>
        <source>The server says a required field is missing.</source>
        <translation>Server javlja da nedostaje obavezno polje.</translation>
    </message>
    <message>
        <source>The server says the device id is missing.</source>
        <translation>Server javlja da nedostaje ID uređaja.</translation>
    </message>
    <message>
        <source>The server says the group id is missing.</source>
        <translation>Server javlja da nedostaje ID grupe.</translation>
    </message>
    <message>
        <source>The server says the token is missing.</source>
        <translation>Server javlja da nedostaje token.</translation>
    </message>
    <message>
        <source>The server says the version is missing.</source>
        <translation>Server javlja da nedostaje verzija.</translation>
    </message>
    <message>
        <source>The server says the firmware file is missing.</source>
        <translation>Server javlja da nedostaje datoteka firmvera.</translation>
    </message>
    <message>
        <source>%1 is not a version of the form MAJOR.MINOR.PATCH, for example 1.4.2; the API takes three numbers only.</source>
        <translation>%1 nije verzija oblika MAJOR.MINOR.PATCH, na primjer 1.4.2; API prima samo tri broja.</translation>
    </message>
    <message>
        <source>The image is %1, larger than the %2 flash its header declares, so it cannot fit the device.</source>
        <translation>Slika ima %1, više od %2 flasha koji navodi njeno zaglavlje, pa ne stane na uređaj.</translation>
    </message>
    <message>
        <source>%1 is not a firmware .bin file; PlatformIO writes firmware.bin in .pio/build/&lt;environment&gt;/.</source>
        <translation>%1 nije firmware .bin fajl; PlatformIO piše firmware.bin u .pio/build/&lt;okruženje&gt;/.</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Deploy to the device with this id.</source>
        <translation>Isporuči na uređaj s ovim ID-om.</translation>
    </message>
    <message>
        <source>Deploy to the group with this id.</source>
        <translation>Isporuči na grupu s ovim ID-om.</translation>
    </message>
    <message>
        <source>Version of the firmware (X.Y.Z).</source>
        <translation>Verzija firmvera (X.Y.Z).</translation>
    </message>
    <message>
        <source>Read the device or group token from the first line of standard input. Otherwise: $IOTAAP_DEVICE_TOKEN, then the keychain.</source>
        <translation>Pročitaj token uređaja ili grupe iz prvog reda standardnog ulaza. Inače: $IOTAAP_DEVICE_TOKEN, zatim spremište ključeva.</translation>
    </message>
    <message>
        <source>Take the token from the account: the device list for a device, the group&apos;s last OTA record for a group.</source>
        <translation>Uzmi token s računa: za uređaj iz liste uređaja, za grupu iz njenog zadnjeg OTA zapisa.</translation>
    </message>
    <message>
        <source>Make every check, upload nothing.</source>
        <translation>Izvrši sve provjere, ne šalji ništa.</translation>
    </message>
    <message>
        <source>Check a firmware file and deploy it to a device or group.</source>
        <translation>Provjeri datoteku firmvera i isporuči je na uređaj ili grupu.</translation>
    </message>
    <message>
        <source>deploy takes one FILE</source>
        <translation>deploy prima tačno jednu datoteku (FILE)</translation>
    </message>
    <message>
        <source>give either --device ID or --group ID</source>
        <translation>navedite ili --device ID ili --group ID</translation>
    </message>
    <message>
        <source>--version X.Y.Z is required</source>
        <translation>--version X.Y.Z je obavezno</translation>
    </message>
    <message>
        <source>--token-stdin and --token-from-account exclude each other</source>
        <translation>--token-stdin i --token-from-account isključuju jedno drugo</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format mora biti text ili json</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 id (24 hexadecimal digits)</source>
        <translation>&quot;%1&quot; nije ispravan ID za %2 (24 heksadecimalne cifre)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>prekinuto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>nema tokena na standardnom ulazu</translation>
    </message>
    <message>
        <source>no %1 token: use --token-stdin, $IOTAAP_DEVICE_TOKEN, a token remembered in the keychain, or --token-from-account</source>
        <translation>nema tokena za %1: koristite --token-stdin, $IOTAAP_DEVICE_TOKEN, token sačuvan u spremištu ključeva ili --token-from-account</translation>
    </message>
    <message>
        <source>the account shows no token for group %1 (it has no earlier OTA record): use --token-stdin or $IOTAAP_DEVICE_TOKEN</source>
        <translation>račun ne prikazuje token za grupu %1 (nema ranijeg OTA zapisa): koristite --token-stdin ili $IOTAAP_DEVICE_TOKEN</translation>
    </message>
    <message>
        <source>the token is not the one the account shows for %1 %2</source>
        <translation>token nije onaj koji račun prikazuje za %1 %2</translation>
    </message>
    <message>
        <source>Group %1 has no earlier OTA record: its existence and token are checked by the server during the upload.</source>
        <translation>Grupa %1 nema ranijeg OTA zapisa: server tokom slanja provjerava postoji li i je li token ispravan.</translation>
    </message>
    <message>
        <source>%1 %2 already has version %3, so its devices would not update: use --yes to upload it anyway</source>
        <translation>%1 %2 već ima verziju %3, pa se uređaji ne bi ažurirali: koristite --yes da biste ipak poslali datoteku</translation>
    </message>
    <message>
        <source>%1 is older than version %2 of %3 %4: use --yes to downgrade</source>
        <translation>%1 je starija od verzije %2 za %3 %4: koristite --yes za vraćanje na stariju verziju</translation>
    </message>
    <message>
        <source>Dry run: %1 (%2, SHA-256 %3) as version %4 to %5 %6 (now %7): every check passed, nothing uploaded.
</source>
        <translation>Probni rad: %1 (%2, SHA-256 %3) kao verzija %4 za %5 %6 (sada %7): sve provjere su prošle, ništa nije poslano.
</translation>
    </message>
    <message>
        <source>no earlier OTA</source>
        <translation>nema ranijeg OTA</translation>
    </message>
    <message>
        <source>Deployed %1 (%2, SHA-256 %3) as version %4 to %5 %6: %7
</source>
        <translation>Isporučeno %1 (%2, SHA-256 %3) kao verzija %4 za %5 %6: %7
</translation>
    </message>
    <message>
        <source>Deploy also the version the target has, an older one, or an image larger than the flash size it declares.</source>
        <translation>Postavi i verziju koju cilj već ima, stariju, ili sliku veću od veličine flasha koju navodi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version of the form MAJOR.MINOR.PATCH (three numbers, e.g. 1.5.7), the only form the API takes</source>
        <translation>&quot;%1&quot; nije verzija oblika MAJOR.MINOR.PATCH (tri broja, npr. 1.5.7), jedini oblik koji API prima</translation>
    </message>
    <message>
        <source>%1: %2 Use --yes to deploy it anyway.</source>
        <translation>%1: %2 Koristite --yes da ga ipak postavite.</translation>
    </message>
    <message>
        <source>No such device: the account has no device %1.</source>
        <translation>Nema takvog uređaja: nalog nema uređaj %1.</translation>
    </message>
    <message>
        <source>The deploy is not kept in the deploy history: %1</source>
        <translation>Isporuka se ne čuva u historiji isporuka: %1</translation>
    </message>
</context>
<context>
    <name>DeployHistory</name>
    <message>
        <source>Cannot create the folder for the deploy history %1.</source>
        <translation>Nije moguće napraviti folder za historiju isporuka %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nije moguće napraviti folder %1.</translation>
    </message>
    <message>
        <source>Cannot create a lock file in %1.</source>
        <translation>Nije moguće napraviti datoteku zaključavanja u %1.</translation>
    </message>
    <message>
        <source>Cannot open the deploy history %1: %2</source>
        <translation>Nije moguće otvoriti historiju isporuka %1: %2</translation>
    </message>
    <message>
        <source>The deploy history is not open.</source>
        <translation>Historija isporuka nije otvorena.</translation>
    </message>
    <message>
        <source>The deploy history has no running attempt %1 started by this app instance.</source>
        <translation>Historija isporuka nema pokušaj %1 u toku koji je pokrenula ova instanca aplikacije.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>Datoteka za izvoz nije otvorena za pisanje.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Nije moguće zapisati izvoz: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the deploy history %1.</source>
        <translation>Nije moguće pročitati verziju sheme historije isporuka %1.</translation>
    </message>
    <message>
        <source>The deploy history %1 was written by a newer version of this app (schema %2; this version knows up to %3).</source>
        <translation>Historiju isporuka %1 zapisala je novija verzija ove aplikacije (shema %2; ova verzija poznaje do %3).</translation>
    </message>
    <message>
        <source>The deploy history %1 cannot be read or written: %2</source>
        <translation>Historija isporuka %1 ne može se čitati ni pisati: %2</translation>
    </message>
    <message>
        <source>A deploy attempt cannot finish as running or interrupted.</source>
        <translation>Pokušaj postavljanja ne može završiti kao u toku ili prekinut.</translation>
    </message>
    <message>
        <source>An unknown outcome can only become deployed or not deployed.</source>
        <translation>Nepoznat ishod može postati samo postavljeno ili nije postavljeno.</translation>
    </message>
    <message>
        <source>The deploy history has no attempt %1 of unknown outcome.</source>
        <translation>Historija postavljanja nema pokušaj %1 nepoznatog ishoda.</translation>
    </message>
</context>
<context>
    <name>DeployProgress</name>
    <message>
        <source>%1 of %2 sent (%3)</source>
        <translation>%1 od %2 poslano (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 sent (%3) · %4/s</source>
        <translation>%1 od %2 poslano (%3) · %4/s</translation>
    </message>
    <message>
        <source>%1 of %2 sent (%3) · %4/s · %5 left</source>
        <translation>%1 od %2 poslano (%3) · %4/s · preostalo %5</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>DeviceListInput</name>
    <message>
        <source>%1 holds no device id</source>
        <translation>%1 ne sadrži ID uređaja</translation>
    </message>
    <message>
        <source>%1, line %2: a CSV file needs a header row with an &quot;id&quot; column, as &quot;iotaap-ota devices --format csv&quot; writes it</source>
        <translation>%1, red %2: CSV fajl treba red zaglavlja s kolonom &quot;id&quot;, kako ga piše &quot;iotaap-ota devices --format csv&quot;</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field does not end</source>
        <translation>%1, red %2: polje pod navodnicima se ne završava</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a device id (24 hexadecimal digits)</source>
        <translation>%1, red %2: &quot;%3&quot; nije ID uređaja (24 heksadecimalne cifre)</translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>Exit codes:
  0    success
  1    the API refused (4xx other than 401, 5xx, unexpected answer)
  2    usage error
  3    network, TLS or timeout
  4    authentication (login failed, 401, no token)
  5    invalid local input (firmware not valid, file unreadable,
       bad version or id, same version or downgrade without --yes)
  130  interrupted
</source>
        <translation>Izlazni kodovi:
  0    uspjeh
  1    API je odbio zahtjev (4xx osim 401, 5xx, neočekivan odgovor)
  2    greška u upotrebi
  3    mreža, TLS ili isteklo vrijeme
  4    autentifikacija (prijava nije uspjela, 401, nema tokena)
  5    neispravan lokalni ulaz (firmver nije ispravan, datoteka nečitljiva,
       pogrešna verzija ili ID, ista ili starija verzija bez --yes)
  130  prekinuto
</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Choose firmware</source>
        <translation>Odaberite firmver</translation>
    </message>
    <message>
        <source>Firmware images (*.bin);;All files (*)</source>
        <translation>Slike firmvera (*.bin);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Export deploy history</source>
        <translation>Izvoz historije isporuka</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV datoteke (*.csv)</translation>
    </message>
</context>
<context>
    <name>FirmwareImage</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nije moguće otvoriti datoteku: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nije moguće pročitati datoteku: %1</translation>
    </message>
    <message>
        <source>cannot read the file after byte %L1: %2</source>
        <translation>nije moguće pročitati datoteku nakon bajta %L1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>datoteka je prazna</translation>
    </message>
    <message>
        <source>not an ESP32 application image: first byte is 0x%1, expected 0x%2</source>
        <translation>nije ESP32 aplikacijska slika: prvi bajt je 0x%1, očekivano 0x%2</translation>
    </message>
    <message>
        <source>not an ESP32 application image: segment count is %1, expected 1 to %2</source>
        <translation>nije ESP32 aplikacijska slika: broj segmenata je %1, očekivano od 1 do %2</translation>
    </message>
    <message>
        <source>image is truncated: the image header ends at %L1 but the file has %L2 bytes</source>
        <translation>slika je skraćena: zaglavlje slike završava na %L1, a datoteka ima %L2 bajtova</translation>
    </message>
    <message>
        <source>not an ESP32 application image: chip id is 0x%1 (invalid)</source>
        <translation>nije ESP32 aplikacijska slika: ID čipa je 0x%1 (neispravan)</translation>
    </message>
    <message>
        <source>unknown chip id 0x%1: the image may be for a chip newer than this program knows</source>
        <translation>nepoznat ID čipa 0x%1: slika je možda za noviji čip koji ovaj program ne poznaje</translation>
    </message>
    <message>
        <source>image is truncated: the header of segment %1 ends at %L2 but the file has %L3 bytes</source>
        <translation>slika je skraćena: zaglavlje segmenta %1 završava na %L2, a datoteka ima %L3 bajtova</translation>
    </message>
    <message>
        <source>image is damaged: segment %1 has length %L2, not a multiple of 4</source>
        <translation>slika je oštećena: segment %1 ima dužinu %L2, što nije višekratnik broja 4</translation>
    </message>
    <message>
        <source>image is damaged: segment %1 has length %L2, segments must be shorter than 16 MiB</source>
        <translation>slika je oštećena: segment %1 ima dužinu %L2, a segmenti moraju biti kraći od 16 MiB</translation>
    </message>
    <message>
        <source>image is truncated: segment %1 ends at %L2 but the file has %L3 bytes</source>
        <translation>slika je skraćena: segment %1 završava na %L2, a datoteka ima %L3 bajtova</translation>
    </message>
    <message>
        <source>image is truncated: the checksum ends at %L1 but the file has %L2 bytes</source>
        <translation>slika je skraćena: kontrolni zbir završava na %L1, a datoteka ima %L2 bajtova</translation>
    </message>
    <message>
        <source>checksum mismatch: stored 0x%1, computed 0x%2</source>
        <translation>kontrolni zbir se ne podudara: sačuvan 0x%1, izračunat 0x%2</translation>
    </message>
    <message>
        <source>image is truncated: the SHA-256 digest ends at %L1 but the file has %L2 bytes</source>
        <translation>slika je skraćena: SHA-256 sažetak završava na %L1, a datoteka ima %L2 bajtova</translation>
    </message>
    <message>
        <source>SHA-256 digest mismatch: stored %1…, computed %2…</source>
        <translation>SHA-256 sažetak se ne podudara: sačuvan %1…, izračunat %2…</translation>
    </message>
    <message>
        <source>not an ESP32 application image: segment 1 has %L1 bytes, too short for the %L2-byte application descriptor</source>
        <translation>nije ESP32 aplikacijska slika: segment 1 ima %L1 bajtova, premalo za deskriptor aplikacije od %L2 bajtova</translation>
    </message>
    <message>
        <source>not an ESP32 application image: no application descriptor at 0x20 (found 0x%1, expected 0x%2)</source>
        <translation>nije ESP32 aplikacijska slika: nema deskriptora aplikacije na 0x20 (pronađeno 0x%1, očekivano 0x%2)</translation>
    </message>
    <message>
        <source>cannot compute the SHA-256 of the file: the OpenSSL crypto library failed</source>
        <translation>nije moguće izračunati SHA-256 datoteke: kriptografska biblioteka OpenSSL nije uspjela</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 se ne može pročitati: %2</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>&lt;h3&gt;IoTaaP OTA Manager %1&lt;/h3&gt;&lt;p&gt;See the last over-the-air update of every device of an IoTaaP account, and deploy new firmware to one device, a group or a whole fleet.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IoTaaP OTA Manager %1&lt;/h3&gt;&lt;p&gt;Prikazuje posljednje ažuriranje preko zraka svakog uređaja IoTaaP naloga i postavlja novi firmware na jedan uređaj, grupu ili cijelu flotu.&lt;/p&gt;&lt;p&gt;Qt %2 (izgrađeno s Qt %3)&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Check a firmware file offline and show what it says about itself.</source>
        <translation>Provjeri datoteku firmvera bez mreže i prikaži šta ona kaže o sebi.</translation>
    </message>
    <message>
        <source>Valid ESP application image
</source>
        <translation>Ispravna ESP aplikacijska slika
</translation>
    </message>
    <message>
        <source>NOT a valid ESP application image: %1
</source>
        <translation>NIJE ispravna ESP aplikacijska slika: %1
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datoteka:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Veličina:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bajtova</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Čip:</translation>
    </message>
    <message>
        <source>unknown (id %1)</source>
        <translation>nepoznat (ID %1)</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmenti:</translation>
    </message>
    <message>
        <source>Hash appended:</source>
        <translation>Dodan heš:</translation>
    </message>
    <message>
        <source>Checksum OK:</source>
        <translation>Kontrolni zbir OK:</translation>
    </message>
    <message>
        <source>Digest OK:</source>
        <translation>Sažetak OK:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Verzija:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekat:</translation>
    </message>
    <message>
        <source>ESP-IDF:</source>
        <translation>ESP-IDF:</translation>
    </message>
    <message>
        <source>Compiled:</source>
        <translation>Kompajlirano:</translation>
    </message>
    <message>
        <source>ELF SHA-256:</source>
        <translation>ELF SHA-256:</translation>
    </message>
    <message>
        <source>Secure version:</source>
        <translation>Sigurnosna verzija:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Upozorenje:</translation>
    </message>
    <message>
        <source>inspect takes one FILE</source>
        <translation>inspect prima tačno jednu datoteku (FILE)</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format mora biti text ili json</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>prekinuto</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>Veličina flasha:</translation>
    </message>
    <message>
        <source>the image is larger than the flash size its header declares, so it cannot fit the device</source>
        <translation>slika je veća od veličine flasha koju navodi njeno zaglavlje, pa ne stane na uređaj</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Only records whose path contains S (a device or group id).</source>
        <translation>Samo zapisi čija putanja sadrži S (ID uređaja ili grupe).</translation>
    </message>
    <message>
        <source>Only devices that match S.</source>
        <translation>Samo uređaji koji odgovaraju S.</translation>
    </message>
    <message>
        <source>Order by last update: asc or desc (default desc).</source>
        <translation>Redoslijed po zadnjem ažuriranju: asc ili desc (zadano desc).</translation>
    </message>
    <message>
        <source>Skip the first N records (default 0).</source>
        <translation>Preskoči prvih N zapisa (zadano 0).</translation>
    </message>
    <message>
        <source>At most N records (default %1); with --all, the page size (default %2).</source>
        <translation>Najviše N zapisa (zadano %1); uz --all, veličina stranice (zadano %2).</translation>
    </message>
    <message>
        <source>Every record: follow the pages to the end.</source>
        <translation>Svi zapisi: prati stranice do kraja.</translation>
    </message>
    <message>
        <source>Print device and group tokens instead of masking them.</source>
        <translation>Ispiši tokene uređaja i grupa umjesto da ih maskiraš.</translation>
    </message>
    <message>
        <source>List the last OTA update of each device (or group).</source>
        <translation>Prikaži zadnje OTA ažuriranje svakog uređaja (ili grupe).</translation>
    </message>
    <message>
        <source>List the account&apos;s devices.</source>
        <translation>Prikaži uređaje računa.</translation>
    </message>
    <message>
        <source>list takes at most one argument: device or group</source>
        <translation>list prima najviše jedan argument: device ili group</translation>
    </message>
    <message>
        <source>unknown list &quot;%1&quot;: use device or group</source>
        <translation>nepoznata lista &quot;%1&quot;: koristite device ili group</translation>
    </message>
    <message>
        <source>devices takes no arguments</source>
        <translation>devices ne prima argumente</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format mora biti table, json ili csv</translation>
    </message>
    <message>
        <source>--order must be asc or desc</source>
        <translation>--order mora biti asc ili desc</translation>
    </message>
    <message>
        <source>--offset must be a whole number, 0 or more</source>
        <translation>--offset mora biti cijeli broj, 0 ili više</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 1 or more</source>
        <translation>--limit mora biti cijeli broj, 1 ili više</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZIV</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIP</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPA</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>ZADNJI KONTAKT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>KREIRANO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>VLASNIK</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>UREĐAJ</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERZIJA</translation>
    </message>
    <message>
        <source>LAST UPDATED</source>
        <translation>ZADNJE AŽURIRANJE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PUTANJA</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>ZAPIS</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Account e-mail (default: the last one used with this API, or a prompt).</source>
        <translation>E-mail računa (zadano: zadnji korišten s ovim API-jem, inače upit).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Pročitaj lozinku iz prvog reda standardnog ulaza.</translation>
    </message>
    <message>
        <source>Print the bearer token on stdout instead of storing it in the keychain (for $IOTAAP_TOKEN in a CI secret).</source>
        <translation>Ispiši bearer token na stdout umjesto da ga sačuvaš u spremištu ključeva (za $IOTAAP_TOKEN u CI tajni).</translation>
    </message>
    <message>
        <source>Sign in and keep the token in the OS keychain.</source>
        <translation>Prijavi se i sačuvaj token u spremištu ključeva operativnog sistema.</translation>
    </message>
    <message>
        <source>login takes no arguments</source>
        <translation>login ne prima argumente</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format mora biti text ili json</translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation>E-mail: </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>prekinuto</translation>
    </message>
    <message>
        <source>no e-mail: use --email E</source>
        <translation>nema e-maila: koristite --email E</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lozinka za %1: </translation>
    </message>
    <message>
        <source>standard input is not a terminal: pass the password with --password-stdin</source>
        <translation>standardni ulaz nije terminal: proslijedite lozinku s --password-stdin</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>nema lozinke na standardnom ulazu</translation>
    </message>
    <message>
        <source>the server&apos;s token cannot be read (no expiry claim)</source>
        <translation>token servera ne može se pročitati (nema podatka o isteku)</translation>
    </message>
    <message>
        <source>signed in, but the token could not be stored: %1 Use --print-token and $IOTAAP_TOKEN instead.</source>
        <translation>prijava je uspjela, ali token nije mogao biti sačuvan: %1 Umjesto toga koristite --print-token i $IOTAAP_TOKEN.</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (account %3). The token expires %4.
</source>
        <translation>Prijavljeni ste na %1 kao %2 (račun %3). Token važi do %4.
</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Forget the token of the last login to this API.</source>
        <translation>Zaboravi token zadnje prijave na ovaj API.</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout ne prima argumente</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format mora biti text ili json</translation>
    </message>
    <message>
        <source>the token could not be removed: %1</source>
        <translation>token nije mogao biti uklonjen: %1</translation>
    </message>
    <message>
        <source>Not logged in to %1.
</source>
        <translation>Niste prijavljeni na %1.
</translation>
    </message>
    <message>
        <source>Logged out %1 from %2.
</source>
        <translation>Odjava %1 sa %2 je izvršena.
</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>Izlazni format: %1 (zadano %2).</translation>
    </message>
</context>
<context>
    <name>PageSequence</name>
    <message>
        <source>The number of records changed from %L1 to %L2 while they were read; refresh to read them again.</source>
        <translation>Broj zapisa se promijenio sa %L1 na %L2 dok su se čitali; osvježite da ih ponovo pročitate.</translation>
    </message>
    <message>
        <source>The server claimed %L1 records but left out records %L2 to %L3.</source>
        <translation>Server je naveo %L1 zapisa, ali je izostavio zapise od %L2 do %L3.</translation>
    </message>
    <message>
        <source>The server sent %L1 records when %L2 were asked for.</source>
        <translation>Server je poslao %L1 zapisa, a traženo je %L2.</translation>
    </message>
    <message>
        <source>The server sent more records than the %L1 it claimed.</source>
        <translation>Server je poslao više zapisa od %L1 koliko je naveo.</translation>
    </message>
    <message>
        <source>The server claimed %L1 records but sent only %L2.</source>
        <translation>Server je naveo %L1 zapisa, ali je poslao samo %L2.</translation>
    </message>
    <message>
        <source>The server sent record %1 twice; it may be ignoring the offset of its pages.</source>
        <translation>Server je poslao zapis %1 dvaput; možda zanemaruje pomak (offset) svojih stranica.</translation>
    </message>
    <message>
        <source>The server claims %L1 records: reading them %L2 at a time would take %L3 requests, more than %L4, so the count is not believable.</source>
        <translation>Server navodi %L1 zapisa: čitanje po %L2 trajalo bi %L3 zahtjeva, više od %L4, pa taj broj nije vjerodostojan.</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>imenovana cijev (named pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>uređaj</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>utičnica (socket)</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>nešto drugo a ne fajl</translation>
    </message>
    <message>
        <source>no file was chosen</source>
        <translation>nijedan fajl nije izabran</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>fajl ne postoji</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>to je %1, a ne običan fajl</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>to nije običan fajl</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>nikad</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>u budućnosti</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>upravo sada</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>prije %n minutu</numerusform>
            <numerusform>prije %n minute</numerusform>
            <numerusform>prije %n minuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>prije %n sat</numerusform>
            <numerusform>prije %n sata</numerusform>
            <numerusform>prije %n sati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>prije %n dan</numerusform>
            <numerusform>prije %n dana</numerusform>
            <numerusform>prije %n dana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>prije %n mjesec</numerusform>
            <numerusform>prije %n mjeseca</numerusform>
            <numerusform>prije %n mjeseci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>prije %n godinu</numerusform>
            <numerusform>prije %n godine</numerusform>
            <numerusform>prije %n godina</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutBoard</name>
    <message>
        <source>Preparing.</source>
        <translation>Priprema se.</translation>
    </message>
    <message>
        <source>Wave %1 of %2 running.</source>
        <translation>Talas %1 od %2 je u toku.</translation>
    </message>
    <message>
        <source>Pausing: the running uploads end first. %1</source>
        <translation>Pauzira se: slanja u toku prvo završavaju. %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pauzirano: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Zaustavljeno: %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Završeno.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Otkazano.</translation>
    </message>
    <message>
        <source>Wave %1 of %2 done: waiting for you to continue.</source>
        <translation>Talas %1 od %2 gotov: čeka da nastavite.</translation>
    </message>
    <message>
        <source>Wave %1 of %2 done: the next wave starts in %3 s.</source>
        <translation>Talas %1 od %2 gotov: sljedeći talas počinje za %3 s.</translation>
    </message>
    <message>
        <source>Wave %1 of %2 done: %3 of %4 devices checked in, %5 % needed, %6 s left.</source>
        <translation>Talas %1 od %2 gotov: javilo se %3 od %4 uređaja, potrebno %5 %, preostalo %6 s.</translation>
    </message>
    <message>
        <source>%1 uploading %2%</source>
        <translation>%1 se šalje %2%</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 na čekanju</translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <translation>%1 postavljeno</translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation>%1 potvrđeno</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 neuspjelo</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 nepoznato</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 otkazano</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 preskočeno</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>izostavljeno: %1</translation>
    </message>
    <message>
        <source>wave %1/%2: %3</source>
        <translation>talas %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>RolloutCommand</name>
    <message>
        <source>Version of the firmware (X.Y.Z).</source>
        <translation>Verzija firmwarea (X.Y.Z).</translation>
    </message>
    <message>
        <source>Roll out to the device ids in FILE (- for standard input): one per line, or CSV with an id column as &quot;devices --format csv&quot; writes it.</source>
        <translation>Postavi na ID-ove uređaja u FILE (- za standardni ulaz): jedan po redu, ili CSV s kolonom id kako je piše &quot;devices --format csv&quot;.</translation>
    </message>
    <message>
        <source>Roll out to the devices that match S.</source>
        <translation>Postavi na uređaje koji odgovaraju S.</translation>
    </message>
    <message>
        <source>Roll out to the devices in the group with this id.</source>
        <translation>Postavi na uređaje u grupi s ovim ID-om.</translation>
    </message>
    <message>
        <source>Cumulative wave sizes, counts or shares (default %1).</source>
        <translation>Kumulativne veličine talasa, brojevi ili udjeli (zadano %1).</translation>
    </message>
    <message>
        <source>Uploads at once, %1 to %2 (default %3).</source>
        <translation>Istovremena slanja, %1 do %2 (zadano %3).</translation>
    </message>
    <message>
        <source>Between the waves: manual (a question on the terminal), delay:DURATION or checkin:PERCENT:TIMEOUT (default manual).</source>
        <translation>Između talasa: manual (pitanje na terminalu), delay:TRAJANJE ili checkin:POSTOTAK:ROK (zadano manual).</translation>
    </message>
    <message>
        <source>Stop when more than P % of a wave fail, 0 to 100 (default %1).</source>
        <translation>Zaustavi kad više od P % talasa ne uspije, 0 do 100 (zadano %1).</translation>
    </message>
    <message>
        <source>Make the pre-flight, print the plan, upload nothing.</source>
        <translation>Napravi predprovjeru, ispiši plan, ništa ne šalji.</translation>
    </message>
    <message>
        <source>Start without asking; include downgrades and an image larger than the flash size it declares.</source>
        <translation>Pokreni bez pitanja; uključi vraćanja na stariju verziju i sliku veću od veličine flasha koju navodi.</translation>
    </message>
    <message>
        <source>Deploy a firmware file to many devices in waves.</source>
        <translation>Postavi fajl s firmwareom na mnogo uređaja u talasima.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid group id (24 hexadecimal digits)</source>
        <translation>&quot;%1&quot; nije važeći ID grupe (24 heksadecimalne cifre)</translation>
    </message>
    <message>
        <source>no device of the account matches: nothing to roll out</source>
        <translation>nijedan uređaj naloga ne odgovara: nema se šta postaviti</translation>
    </message>
    <message numerus="yes">
        <source>%n downgrade(s) left out: pass --yes to include them.</source>
        <translation>
            <numerusform>%n vraćanje na stariju verziju izostavljeno: --yes ga uključuje.</numerusform>
            <numerusform>%n vraćanja na stariju verziju izostavljena: --yes ih uključuje.</numerusform>
            <numerusform>%n vraćanja na stariju verziju izostavljeno: --yes ih uključuje.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the rollout? [y/N] </source>
        <translation>Pokrenuti postavljanje? [y/N] </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>prekinuto</translation>
    </message>
    <message>
        <source>the rollout was not started</source>
        <translation>postavljanje nije pokrenuto</translation>
    </message>
    <message>
        <source>rollout takes one FILE</source>
        <translation>rollout prima jedan FILE</translation>
    </message>
    <message>
        <source>--version X.Y.Z is required</source>
        <translation>--version X.Y.Z je obavezno</translation>
    </message>
    <message>
        <source>give one of --devices-from FILE, --search S or --group-members GROUP_ID</source>
        <translation>navedite jedno od --devices-from FILE, --search S ili --group-members GROUP_ID</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format mora biti text ili json</translation>
    </message>
    <message>
        <source>--waves: %1</source>
        <translation>--waves: %1</translation>
    </message>
    <message>
        <source>--gate: %1</source>
        <translation>--gate: %1</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from %1 to %2</source>
        <translation>--concurrency mora biti cijeli broj od %1 do %2</translation>
    </message>
    <message>
        <source>--max-failures must be a whole number from 0 to 100</source>
        <translation>--max-failures mora biti cijeli broj od 0 do 100</translation>
    </message>
    <message>
        <source>without a terminal nobody can continue past a manual gate: pass --gate delay:DURATION or --gate checkin:PERCENT:TIMEOUT</source>
        <translation>bez terminala niko ne može nastaviti nakon ručne kapije: navedite --gate delay:TRAJANJE ili --gate checkin:POSTOTAK:ROK</translation>
    </message>
    <message>
        <source>without a terminal the rollout cannot be confirmed: pass --yes</source>
        <translation>bez terminala postavljanje se ne može potvrditi: navedite --yes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version of the form MAJOR.MINOR.PATCH (three numbers, e.g. 1.5.7), the only form the API takes</source>
        <translation>&quot;%1&quot; nije verzija oblika MAJOR.MINOR.PATCH (tri broja, npr. 1.5.7), jedini oblik koji API prima</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Use --yes to deploy it anyway.</source>
        <translation>%1: %2 Koristite --yes da ga ipak postavite.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standardni ulaz</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 se ne može pročitati: %2</translation>
    </message>
    <message>
        <source>Take up the rollout with this id (see --list) where it ended.</source>
        <translation>Nastavi rollout s ovim ID-om (vidi --list) tamo gdje je stao.</translation>
    </message>
    <message>
        <source>List the rollouts of the deploy history, newest first.</source>
        <translation>Izlistaj rollouts iz historije isporuka, najnovije prvo.</translation>
    </message>
    <message>
        <source>With --resume: upload again to the devices that failed (never to one that is deployed).</source>
        <translation>Uz --resume: ponovo pošalji na uređaje koji nisu uspjeli (nikad na već postavljen).</translation>
    </message>
    <message>
        <source>The rollout is not kept in the deploy history, so it cannot be resumed: %1</source>
        <translation>Rollout se ne čuva u historiji isporuka, pa se ne može nastaviti: %1</translation>
    </message>
    <message>
        <source>--list takes no FILE and no option but --format</source>
        <translation>--list ne prima FAJL niti opciju osim --format</translation>
    </message>
    <message>
        <source>No rollout in the deploy history %1.</source>
        <translation>Nema rollouta u historiji isporuka %1.</translation>
    </message>
    <message>
        <source>%1  %2  %3  version %4  %5  %6
</source>
        <translation>%1  %2  %3  verzija %4  %5  %6
</translation>
    </message>
    <message>
        <source>--resume takes up the rollout&apos;s own plan: no FILE and no option but --format and --yes</source>
        <translation>--resume nastavlja vlastiti plan rollouta: bez FAJLA i bez opcija osim --format i --yes</translation>
    </message>
    <message>
        <source>--resume takes a rollout id, a whole number (see --list)</source>
        <translation>--resume prima ID rollouta, cijeli broj (vidi --list)</translation>
    </message>
    <message>
        <source>no rollout can be resumed: %1</source>
        <translation>nijedan rollout se ne može nastaviti: %1</translation>
    </message>
    <message>
        <source>the deploy history has no rollout %1 (see --list)</source>
        <translation>historija isporuka nema rollout %1 (vidi --list)</translation>
    </message>
    <message>
        <source>rollout %1 ran against %2: pass --api-url %2</source>
        <translation>rollout %1 je išao prema %2: navedite --api-url %2</translation>
    </message>
    <message>
        <source>rollout %1 has manual gates between its waves: resume it on a terminal</source>
        <translation>rollout %1 ima ručne kapije između talasa: nastavite ga u terminalu</translation>
    </message>
    <message>
        <source>%1 changed since rollout %2 started: its SHA-256 is no longer %3; start a new rollout with the new file</source>
        <translation>%1 se promijenio od početka rollouta %2: njegov SHA-256 više nije %3; pokrenite novi rollout s novim fajlom</translation>
    </message>
    <message>
        <source>--retry-failed goes with --resume ROLLOUT_ID</source>
        <translation>--retry-failed ide uz --resume ROLLOUT_ID</translation>
    </message>
</context>
<context>
    <name>RolloutDriver</name>
    <message>
        <source>interrupted</source>
        <translation>prekinuto</translation>
    </message>
    <message>
        <source>Wave %1 done: continue to wave %2? [y/N] </source>
        <translation>Talas %1 gotov: nastaviti s talasom %2? [y/N] </translation>
    </message>
    <message>
        <source>%1 of the %2 devices planned were not deployed.</source>
        <translation>%1 od %2 planiranih uređaja nije postavljeno.</translation>
    </message>
    <message>
        <source>Log in again with &quot;iotaap-ota login&quot; or set $IOTAAP_TOKEN, then run the rollout again: the devices already on the version are skipped.</source>
        <translation>Prijavite se ponovo s &quot;iotaap-ota login&quot; ili postavite $IOTAAP_TOKEN, pa ponovo pokrenite postavljanje: uređaji koji već imaju verziju se preskaču.</translation>
    </message>
    <message>
        <source>the rollout was stopped at the gate after wave %1</source>
        <translation>postavljanje je zaustavljeno na kapiji nakon talasa %1</translation>
    </message>
</context>
<context>
    <name>RolloutJournal</name>
    <message>
        <source>The deploy history is not open.</source>
        <translation>Historija isporuka nije otvorena.</translation>
    </message>
    <message>
        <source>The deploy history %1 cannot be written: %2</source>
        <translation>Historija isporuka %1 ne može se pisati: %2</translation>
    </message>
    <message>
        <source>The deploy history has no rollout %1 run by this app instance.</source>
        <translation>Historija isporuka nema rollout %1 koji vodi ova instanca aplikacije.</translation>
    </message>
    <message>
        <source>The deploy history has no target %1 in rollout %2.</source>
        <translation>Historija isporuka nema cilj %1 u rolloutu %2.</translation>
    </message>
    <message>
        <source>The deploy history has no rollout %1.</source>
        <translation>Historija isporuka nema rollout %1.</translation>
    </message>
    <message>
        <source>Rollout %1 has a target in a state this version does not know (%2).</source>
        <translation>Rollout %1 ima cilj u stanju koje ova verzija ne poznaje (%2).</translation>
    </message>
    <message>
        <source>Rollout %1 is open in another window or command that is still running; stop it there first.</source>
        <translation>Rollout %1 je otvoren u drugom prozoru ili komandi koja još radi; prvo ga tamo zaustavite.</translation>
    </message>
    <message>
        <source>Rollout %1 was just taken over by another window or command.</source>
        <translation>Rollout %1 je upravo preuzeo drugi prozor ili komanda.</translation>
    </message>
    <message>
        <source>The deploy history %1 cannot be read or written: %2</source>
        <translation>Historija isporuka %1 ne može se čitati ni pisati: %2</translation>
    </message>
</context>
<context>
    <name>RolloutPlan</name>
    <message>
        <source>“%1” is not a wave size: give a number of devices (5) or a share of them (10%).</source>
        <translation>„%1“ nije veličina talasa: navedite broj uređaja (5) ili njihov udio (10%).</translation>
    </message>
    <message>
        <source>“%1” is not a wave size: counts start at 1, shares go from 1% to 100%.</source>
        <translation>„%1“ nije veličina talasa: brojevi počinju od 1, udjeli idu od 1% do 100%.</translation>
    </message>
    <message>
        <source>Waves are cumulative, so each must be larger than the one before: %1 follows %2.</source>
        <translation>Talasi su kumulativni, pa svaki mora biti veći od prethodnog: %1 dolazi nakon %2.</translation>
    </message>
    <message>
        <source>“%1” is not a duration: write e.g. 30s, 5m or 1h.</source>
        <translation>„%1“ nije trajanje: napišite npr. 30s, 5m ili 1h.</translation>
    </message>
    <message>
        <source>“%1” is not a share of devices: write 1 to 100.</source>
        <translation>„%1“ nije udio uređaja: napišite 1 do 100.</translation>
    </message>
    <message>
        <source>“%1” is not a gate: write manual, delay:DURATION or checkin:PERCENT:TIMEOUT (e.g. checkin:80:10m).</source>
        <translation>„%1“ nije kapija: napišite manual, delay:TRAJANJE ili checkin:POSTOTAK:ROK (npr. checkin:80:10m).</translation>
    </message>
</context>
<context>
    <name>RolloutPreview</name>
    <message>
        <source>A downgrade from %1: pass --yes to include it.</source>
        <translation>Vraćanje sa %1 na stariju verziju: --yes ga uključuje.</translation>
    </message>
</context>
<context>
    <name>RolloutTarget</name>
    <message>
        <source>Queued</source>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preskočeno</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Šalje se</translation>
    </message>
    <message>
        <source>Deployed, awaiting check-in</source>
        <translation>Postavljeno, čeka javljanje</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrđeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspjelo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ishod nepoznat</translation>
    </message>
</context>
<context>
    <name>RolloutTextPrinter</name>
    <message numerus="yes">
        <source>Rollout of %1 (%2, SHA-256 %3) as version %4 to %n device(s).
</source>
        <translation>
            <numerusform>Postavljanje %1 (%2, SHA-256 %3) kao verzije %4 na %n uređaj.
</numerusform>
            <numerusform>Postavljanje %1 (%2, SHA-256 %3) kao verzije %4 na %n uređaja.
</numerusform>
            <numerusform>Postavljanje %1 (%2, SHA-256 %3) kao verzije %4 na %n uređaja.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n device(s)):
</source>
        <translation>
            <numerusform>Izostavljeno (%n uređaj):
</numerusform>
            <numerusform>Izostavljeno (%n uređaja):
</numerusform>
            <numerusform>Izostavljeno (%n uređaja):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 of %2 (%n device(s)):
</source>
        <translation>
            <numerusform>Talas %1 od %2 (%n uređaj):
</numerusform>
            <numerusform>Talas %1 od %2 (%n uređaja):
</numerusform>
            <numerusform>Talas %1 od %2 (%n uređaja):
</numerusform>
        </translation>
    </message>
    <message>
        <source>no earlier OTA</source>
        <translation>nema ranijeg OTA</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>sada %1</translation>
    </message>
    <message>
        <source>(a downgrade)</source>
        <translation>(vraćanje na stariju verziju)</translation>
    </message>
    <message>
        <source>Gate between the waves: %1; %2 uploads at once; the rollout stops when more than %3 % of a wave fail.
</source>
        <translation>Kapija između talasa: %1; %2 slanja istovremeno; postavljanje staje kad više od %3 % talasa ne uspije.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was uploaded.
</source>
        <translation>Probni rad: ništa nije poslano.
</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>izostavljeno</translation>
    </message>
    <message>
        <source>wave %1/%2</source>
        <translation>talas %1/%2</translation>
    </message>
    <message>
        <source>Rollout of version %1: %2
</source>
        <translation>Postavljanje verzije %1: %2
</translation>
    </message>
    <message>
        <source>%1 deployed, %2 confirmed, %3 failed, %4 unknown, %5 cancelled, %6 not started, %7 skipped; %8 devices in all.
</source>
        <translation>%1 postavljeno, %2 potvrđeno, %3 neuspjelo, %4 nepoznato, %5 otkazano, %6 nije započeto, %7 preskočeno; ukupno %8 uređaja.
</translation>
    </message>
    <message>
        <source>Resuming rollout %1 of version %2 in wave %3 of %4: %5 deployed, %6 failed, %7 to go.</source>
        <translation>Nastavlja se rollout %1 verzije %2 u talasu %3 od %4: %5 postavljeno, %6 neuspjelo, %7 preostalo.</translation>
    </message>
    <message>
        <source>Kept in the deploy history as rollout %1: &quot;iotaap-ota rollout --resume %1&quot; takes it up again.
</source>
        <translation>Sačuvan u historiji isporuka kao rollout %1: „iotaap-ota rollout --resume %1“ ga nastavlja.
</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the account id, API URL and token expiry.</source>
        <translation>Prikaži ID računa, API URL i istek tokena.</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami ne prima argumente</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format mora biti text ili json</translation>
    </message>
    <message>
        <source>the token in use is not a readable JWT with an expiry</source>
        <translation>token u upotrebi nije čitljiv JWT s istekom</translation>
    </message>
    <message>
        <source>the token of account %1 expired at %2: run &quot;iotaap-ota login&quot;</source>
        <translation>token naloga %1 je istekao %2: pokrenite &quot;iotaap-ota login&quot;</translation>
    </message>
    <message>
        <source>Account:    %1
Role:       %2
E-mail:     %3
API URL:    %4
Token from: %5
Expires:    %6
</source>
        <translation>Nalog:      %1
Uloga:      %2
E-mail:     %3
API URL:    %4
Token iz:   %5
Istječe:    %6
</translation>
    </message>
</context>
<context>
    <name>iotaap::DemoSandbox</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Demo server nije mogao biti pokrenut: %1</translation>
    </message>
    <message>
        <source>The demo server lists no account to sign in with.</source>
        <translation>Demo server ne navodi nijedan račun za prijavu.</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly.</source>
        <translation>Demo server se neočekivano zaustavio.</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1).</source>
        <translation>Demo server se zaustavio (izlazni kod %1).</translation>
    </message>
</context>
<context>
    <name>iotaap::DeployDialog</name>
    <message>
        <source>Deploy firmware</source>
        <translation>Isporuka firmvera</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmver</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Uređaj</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupa</translation>
    </message>
    <message>
        <source>The device&apos;s or group&apos;s token</source>
        <translation>Token uređaja ili grupe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>&amp;Remember for this device</source>
        <translation>&amp;Zapamti za ovaj uređaj</translation>
    </message>
    <message>
        <source>MAJOR.MINOR.PATCH, e.g. 1.4.2</source>
        <translation>MAJOR.MINOR.PATCH, npr. 1.4.2</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cilj:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Verzija:</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Isporuči</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sakrij</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Looking up the current version…</source>
        <translation>Traženje trenutne verzije…</translation>
    </message>
    <message>
        <source>The current version could not be looked up; it is not compared.</source>
        <translation>Trenutna verzija nije pronađena; ne uspoređuje se.</translation>
    </message>
    <message>
        <source>Current version: %1</source>
        <translation>Trenutna verzija: %1</translation>
    </message>
    <message>
        <source>No firmware deployed to it yet.</source>
        <translation>Još nije isporučen nijedan firmver.</translation>
    </message>
    <message>
        <source>Filled in from the account&apos;s device list.</source>
        <translation>Popunjeno iz liste uređaja računa.</translation>
    </message>
    <message>
        <source>Filled in from the keychain.</source>
        <translation>Popunjeno iz spremišta ključeva.</translation>
    </message>
    <message>
        <source>Deploy anyway, knowing the target will not update</source>
        <translation>Svejedno isporuči, znajući da se cilj neće ažurirati</translation>
    </message>
    <message>
        <source>Yes, downgrade to %1</source>
        <translation>Da, vrati na %1</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>Pokretanje slanja…</translation>
    </message>
    <message>
        <source>Deployed. The server said: “%1”</source>
        <translation>Isporučeno. Server je poručio: „%1“</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Otkazano.</translation>
    </message>
    <message>
        <source>The upload was cancelled; nothing was deployed.</source>
        <translation>Slanje je otkazano; ništa nije isporučeno.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Neuspjelo.</translation>
    </message>
    <message>
        <source>Nothing was deployed; see the message above.</source>
        <translation>Ništa nije isporučeno; pogledajte poruku iznad.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>&amp;Cancel upload</source>
        <translation>&amp;Otkaži slanje</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Zatvo&amp;ri</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Sakrij token</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Prikaži token</translation>
    </message>
    <message>
        <source>The file changed after it was checked; it is being checked again before a deploy.</source>
        <translation>Datoteka se promijenila nakon provjere; ponovo se provjerava prije isporuke.</translation>
    </message>
    <message>
        <source>Deploy it anyway</source>
        <translation>Ipak postavi</translation>
    </message>
</context>
<context>
    <name>iotaap::DeployHistoryModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Pokrenuto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>iotaap::DeployHistoryView</name>
    <message>
        <source>Deploy &amp;again…</source>
        <translation>Isporuči &amp;ponovo…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Izvezi CSV…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Pretraži historiju</translation>
    </message>
    <message>
        <source>deploy-history.csv</source>
        <translation>deploy-history.csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nije moguće zapisati %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) exported to %1.</source>
        <translation>
            <numerusform>%n pokušaj izvezen u %1.</numerusform>
            <numerusform>%n pokušaja izvezena u %1.</numerusform>
            <numerusform>%n pokušaja izvezeno u %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy attempts</source>
        <translation>Pokušaji isporuke</translation>
    </message>
</context>
<context>
    <name>iotaap::DeployJob</name>
    <message>
        <source>The attempt could not be written to the deploy history, so nothing was sent: %1</source>
        <translation>Pokušaj nije mogao biti zapisan u historiju isporuka, pa ništa nije poslano: %1</translation>
    </message>
</context>
<context>
    <name>iotaap::DeviceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID uređaja</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Zadnji kontakt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Kreirano</translation>
    </message>
</context>
<context>
    <name>iotaap::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponovi</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odbaci</translation>
    </message>
</context>
<context>
    <name>iotaap::FirmwareBody</name>
    <message>
        <source>No firmware file was chosen.</source>
        <translation>Nije izabran nijedan fajl s firmwareom.</translation>
    </message>
    <message>
        <source>The firmware file “%1” cannot be used: %2.</source>
        <translation>Fajl s firmwareom „%1“ se ne može koristiti: %2.</translation>
    </message>
    <message>
        <source>The firmware file “%1” is empty.</source>
        <translation>Fajl s firmwareom „%1“ je prazan.</translation>
    </message>
    <message>
        <source>The firmware file “%1” was not inspected before the upload.</source>
        <translation>Fajl s firmwareom „%1“ nije pregledan prije slanja.</translation>
    </message>
    <message>
        <source>The firmware file “%1” could not be read during the upload: %2.</source>
        <translation>Fajl s firmwareom „%1“ se nije mogao pročitati tokom slanja: %2.</translation>
    </message>
    <message>
        <source>The firmware file “%1” became shorter during the upload (%L2 of %L3 bytes were there).</source>
        <translation>Fajl s firmwareom „%1“ je postao kraći tokom slanja (bilo je %L2 od %L3 bajtova).</translation>
    </message>
    <message>
        <source>The firmware file “%1” changed after it was inspected: its SHA-256 is no longer the one shown.</source>
        <translation>Fajl s firmwareom „%1“ se promijenio nakon pregleda: njegov SHA-256 više nije prikazani.</translation>
    </message>
</context>
<context>
    <name>iotaap::FirmwareDropArea</name>
    <message>
        <source>Browse…</source>
        <translation>Pregledaj…</translation>
    </message>
    <message>
        <source>Drop firmware.bin here, or Browse…</source>
        <translation>Ispustite firmware.bin ovdje ili Pregledaj…</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Odaberite datoteku firmvera</translation>
    </message>
    <message>
        <source>Firmware file</source>
        <translation>Datoteka firmvera</translation>
    </message>
</context>
<context>
    <name>iotaap::FirmwareSummary</name>
    <message>
        <source>File:</source>
        <translation>Datoteka:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Veličina:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Čip:</translation>
    </message>
    <message>
        <source>App version:</source>
        <translation>Verzija aplikacije:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekat:</translation>
    </message>
    <message>
        <source>IDF version:</source>
        <translation>IDF verzija:</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Napravljeno:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Ocjena:</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Datoteka još nije odabrana.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Čitanje datoteke…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bajtova)</translation>
    </message>
    <message>
        <source>unknown (id %1)</source>
        <translation>nepoznat (ID %1)</translation>
    </message>
    <message>
        <source>Valid ESP application image (checksum and SHA-256 digest verified).</source>
        <translation>Ispravna ESP aplikacijska slika (provjereni kontrolni zbir i SHA-256 sažetak).</translation>
    </message>
    <message>
        <source>Valid ESP application image (checksum verified).</source>
        <translation>Ispravna ESP aplikacijska slika (provjeren kontrolni zbir).</translation>
    </message>
    <message>
        <source>Not an ESP application image: %1</source>
        <translation>Nije ESP aplikacijska slika: %1</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Oštećeno: %1</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Nečitljivo: %1</translation>
    </message>
</context>
<context>
    <name>iotaap::MainWindow</name>
    <message>
        <source>Device OTA</source>
        <translation>OTA uređaja</translation>
    </message>
    <message>
        <source>Group OTA</source>
        <translation>OTA grupa</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Uređaji</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Isporuči…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osvježi</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Prijava…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Odjava</translation>
    </message>
    <message>
        <source>Sign out and forget the saved session</source>
        <translation>Odjavi se i zaboravi sačuvanu sesiju</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Postavke…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;zlaz</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Traži</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>&amp;Kopiraj ID</translation>
    </message>
    <message>
        <source>Copy firmware &amp;path</source>
        <translation>Kopiraj &amp;putanju firmvera</translation>
    </message>
    <message>
        <source>Copies the path with the token masked</source>
        <translation>Kopira putanju s maskiranim tokenom</translation>
    </message>
    <message>
        <source>&amp;Reveal token in path</source>
        <translation>Prikaži &amp;token u putanji</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Glavna traka</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Račun</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Obriši pretragu</translation>
    </message>
    <message>
        <source>IoTaaP OTA Manager — Demo</source>
        <translation>IoTaaP OTA Manager — Demo</translation>
    </message>
    <message>
        <source>IoTaaP OTA Manager</source>
        <translation>IoTaaP OTA Manager</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Copy group ID</source>
        <translation>&amp;Kopiraj ID grupe</translation>
    </message>
    <message>
        <source>&amp;Copy device ID</source>
        <translation>&amp;Kopiraj ID uređaja</translation>
    </message>
    <message>
        <source>Deploy new &amp;firmware…</source>
        <translation>Isporuči novi &amp;firmver…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1: učitavanje nije uspjelo: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Osvježeno: %1</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Učitano %1 od %2</translation>
    </message>
    <message>
        <source>Deploy new firmware to the selected device</source>
        <translation>Isporuči novi firmver na odabrani uređaj</translation>
    </message>
    <message>
        <source>Reload every table</source>
        <translation>Ponovo učitaj sve tabele</translation>
    </message>
    <message>
        <source>Sign in to an IoTaaP account</source>
        <translation>Prijava na IoTaaP račun</translation>
    </message>
    <message>
        <source>Change the app&apos;s settings</source>
        <translation>Promijenite postavke aplikacije</translation>
    </message>
    <message>
        <source>Search the tables</source>
        <translation>Pretraži tabele</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip: what an action does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search by device ID, name or version (%1)</source>
        <translation>Pretraga po ID-u uređaja, nazivu ili verziji (%1)</translation>
    </message>
    <message>
        <source>Fleet tables</source>
        <translation>Tabele flote</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2 The rows shown are from %3.</source>
        <translation>%1: učitavanje nije uspjelo: %2 Prikazani redovi su stanje od %3.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Uputstvo</translation>
    </message>
    <message>
        <source>Open the user guide (README)</source>
        <translation>Otvori uputstvo (README)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Prečice na tastaturi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Prečice na tastaturi</translation>
    </message>
    <message>
        <source>&amp;About IoTaaP OTA Manager</source>
        <translation>&amp;O programu IoTaaP OTA Manager</translation>
    </message>
    <message>
        <source>About IoTaaP OTA Manager</source>
        <translation>O programu IoTaaP OTA Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt-u</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln zapis</numerusform>
            <numerusform>%Ln zapisa</numerusform>
            <numerusform>%Ln zapisa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s) loaded</source>
        <translation>
            <numerusform>%1 od %Ln zapisa učitano</numerusform>
            <numerusform>%1 od %Ln zapisa učitano</numerusform>
            <numerusform>%1 od %Ln zapisa učitano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s) match “%2”</source>
        <translation>
            <numerusform>%1 od %Ln zapisa odgovara „%2“</numerusform>
            <numerusform>%1 od %Ln zapisa odgovara „%2“</numerusform>
            <numerusform>%1 od %Ln zapisa odgovara „%2“</numerusform>
        </translation>
    </message>
    <message>
        <source>(more are loading)</source>
        <translation>(učitava se još)</translation>
    </message>
    <message>
        <source>Refresh failed; the records shown are from %1.</source>
        <translation>Osvježavanje nije uspjelo; prikazani zapisi su od %1.</translation>
    </message>
    <message>
        <source>Sign in to see your fleet.</source>
        <translation>Prijavite se da vidite svoju flotu.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Ništa ne odgovara „%1“.</translation>
    </message>
    <message>
        <source>No device has had an OTA update yet: drop a firmware.bin here to deploy one.</source>
        <translation>Nijedan uređaj još nije dobio OTA ažuriranje: spustite ovdje firmware.bin da ga postavite.</translation>
    </message>
    <message>
        <source>No group has had an OTA update yet.</source>
        <translation>Nijedna grupa još nije dobila OTA ažuriranje.</translation>
    </message>
    <message>
        <source>The account has no devices yet.</source>
        <translation>Nalog još nema uređaja.</translation>
    </message>
</context>
<context>
    <name>iotaap::MainWindowDeployHost</name>
    <message>
        <source>Deploy history</source>
        <translation>Historija isporuka</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historija</translation>
    </message>
    <message>
        <source>Show or hide the deploy history</source>
        <translation>Prikaži ili sakrij historiju isporuka</translation>
    </message>
</context>
<context>
    <name>iotaap::OtaTableModel</name>
    <message>
        <source>Device name</source>
        <translation>Naziv uređaja</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID uređaja</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>ID grupe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zadnje ažuriranje</translation>
    </message>
    <message>
        <source>Firmware path</source>
        <translation>Putanja firmvera</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID zapisa</translation>
    </message>
</context>
<context>
    <name>iotaap::OutcomeReconciler</name>
    <message>
        <source>The whole file was sent but no answer came, and the server could not be asked whether it stored it: %1</source>
        <translation>Cijeli fajl je poslan, ali odgovor nije stigao, a server se nije mogao pitati je li ga sačuvao: %1</translation>
    </message>
    <message>
        <source>Deployed (confirmed from the server&apos;s record).</source>
        <translation>Postavljeno (potvrđeno zapisom servera).</translation>
    </message>
    <message>
        <source>Not deployed: the whole file was sent but no answer came, and the server&apos;s record does not show it.</source>
        <translation>Nije postavljeno: cijeli fajl je poslan, ali odgovor nije stigao, a zapis servera ga ne pokazuje.</translation>
    </message>
</context>
<context>
    <name>iotaap::RolloutRunner</name>
    <message>
        <source>Only %1 of %2 devices of wave %3 checked in within %4 s, fewer than the %5 % the gate asks for: the rollout stopped.</source>
        <translation>Samo %1 od %2 uređaja talasa %3 se javilo u roku od %4 s, manje od %5 % koliko kapija traži: postavljanje je zaustavljeno.</translation>
    </message>
    <message>
        <source>Not a device of this account.</source>
        <translation>Nije uređaj ovog naloga.</translation>
    </message>
    <message>
        <source>No token: the device list shows none for it.</source>
        <translation>Nema tokena: lista uređaja ga ne pokazuje.</translation>
    </message>
    <message>
        <source>Already on %1.</source>
        <translation>Već ima %1.</translation>
    </message>
    <message>
        <source>A downgrade from %1, not confirmed.</source>
        <translation>Vraćanje sa %1 na stariju verziju, nije potvrđeno.</translation>
    </message>
    <message>
        <source>Cancelled before the whole file was sent; nothing was deployed.</source>
        <translation>Otkazano prije nego što je cijeli fajl poslan; ništa nije postavljeno.</translation>
    </message>
    <message>
        <source>The sign-in expired: sign in again, then resume the rollout.</source>
        <translation>Prijava je istekla: prijavite se ponovo, pa nastavite postavljanje.</translation>
    </message>
    <message>
        <source>The rollout is paused; start a new one with the new file.</source>
        <translation>Postavljanje je pauzirano; pokrenite novo s novim fajlom.</translation>
    </message>
    <message>
        <source>%1 of %2 devices of wave %3 failed, more than the %4 % allowed: the rollout stopped.</source>
        <translation>%1 od %2 uređaja talasa %3 nije uspjelo, više od dozvoljenih %4 %: postavljanje je zaustavljeno.</translation>
    </message>
    <message>
        <source>Left out by the operator.</source>
        <translation>Izostavio operater.</translation>
    </message>
    <message>
        <source>Without the deploy history no rollout can be resumed.</source>
        <translation>Bez historije isporuka nijedan rollout se ne može nastaviti.</translation>
    </message>
    <message>
        <source>The rollout cannot be resumed before the server says what became of its last uploads: %1</source>
        <translation>Rollout se ne može nastaviti dok server ne kaže šta je bilo s njegovim posljednjim slanjima: %1</translation>
    </message>
    <message>
        <source>Deployed (confirmed from the server&apos;s record).</source>
        <translation>Postavljeno (potvrđeno zapisom servera).</translation>
    </message>
    <message>
        <source>Its last upload was not stored; it goes again.</source>
        <translation>Njegovo posljednje slanje nije sačuvano; šalje se ponovo.</translation>
    </message>
    <message>
        <source>Taken up from the deploy history: resume it to continue.</source>
        <translation>Preuzet iz historije isporuka: nastavite ga da biste išli dalje.</translation>
    </message>
    <message>
        <source>Not deployed: the upload ended without an answer, and the server&apos;s record does not show it.</source>
        <translation>Nije postavljeno: slanje je završilo bez odgovora, a zapis servera ga ne pokazuje.</translation>
    </message>
</context>
<context>
    <name>iotaap::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Postavke</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Isključeno</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reload the tables at this interval; Off reloads only on F5.</source>
        <translation>Ponovo učitavaj tabele u ovom intervalu; Isključeno učitava samo na F5.</translation>
    </message>
    <message>
        <source>&amp;Refresh automatically every:</source>
        <translation>Automatski &amp;osvježavaj svakih:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistemski zadano</translation>
    </message>
    <message>
        <source>The language of the app; it changes at the next start.</source>
        <translation>Jezik aplikacije; mijenja se pri sljedećem pokretanju.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
</context>
<context>
    <name>iotaap::SignInController</name>
    <message>
        <source>The server answered with a session this app cannot read.</source>
        <translation>Server je odgovorio sesijom koju ova aplikacija ne može pročitati.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Niste prijavljeni.</translation>
    </message>
</context>
<context>
    <name>iotaap::SignInDialog</name>
    <message>
        <source>&amp;Remember me</source>
        <translation>&amp;Zapamti me</translation>
    </message>
    <message>
        <source>Sign in to IoTaaP</source>
        <translation>Prijava na IoTaaP</translation>
    </message>
    <message>
        <source>Keep the session in the system keychain and sign in automatically next time.</source>
        <translation>Sačuvaj sesiju u sistemskom spremištu ključeva i automatski se prijavi sljedeći put.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Prijavi se</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>Sign in with your IoTaaP account.</source>
        <translation>Prijavite se svojim IoTaaP računom.</translation>
    </message>
    <message>
        <source>Your session expires soon. Enter your password to stay signed in.</source>
        <translation>Vaša sesija uskoro ističe. Unesite lozinku da ostanete prijavljeni.</translation>
    </message>
    <message>
        <source>The server ended your session. Enter your password to continue where you left off.</source>
        <translation>Server je završio vašu sesiju. Unesite lozinku da nastavite tamo gdje ste stali.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See the last firmware update of every device and deploy new firmware.</source>
        <translation>Pregledajte zadnje ažuriranje firmvera svakog uređaja i isporučite novi firmver.</translation>
    </message>
    <message>
        <source>Start a local demo server with a seeded fleet and sign in to it.</source>
        <translation>Pokreni lokalni demo server s unaprijed popunjenom flotom uređaja i prijavi se na njega.</translation>
    </message>
    <message>
        <source>The API to sign in to (default: the last one used).</source>
        <translation>API na koji se prijavljujete (zadano: zadnji korišten).</translation>
    </message>
    <message>
        <source>The deploy history cannot be kept: %1</source>
        <translation>Historija isporuka ne može se voditi: %1</translation>
    </message>
</context>
</TS>
