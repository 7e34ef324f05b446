<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="35"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="39"/>
        <source>Version shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="42"/>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="44"/>
        <source>Merged suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="48"/>
        <source>Keep this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="50"/>
        <source>Keep the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="52"/>
        <source>Save the merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="57"/>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="58"/>
        <source>Other laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="59"/>
        <source>Merged suggestion (edit freely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="93"/>
        <source>{0}: {1} — deleted on one laptop, edited on another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="97"/>
        <source>{0} {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="103"/>
        <source>No conflicts: every laptop agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="118"/>
        <source>Deleted on one laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="127"/>
        <source>Keep this version = confirm the delete; keep the other version = restore it with the edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="136"/>
        <source>Choose one of the versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="142"/>
        <source>Both laptops changed the same sentences: finish the parts marked ⟦ … ‖ … ⟧.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/conflicts_view.py" line="145"/>
        <source>The changes do not overlap: the merged text keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatheringDialog</name>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="26"/>
        <source>New gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="29"/>
        <location filename="../../cle_desktop/ui/first_run.py" line="46"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="31"/>
        <location filename="../../cle_desktop/ui/first_run.py" line="47"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="33"/>
        <location filename="../../cle_desktop/ui/first_run.py" line="48"/>
        <source>Host community</source>
        <translation>Comunidad anfitriona</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="35"/>
        <location filename="../../cle_desktop/ui/first_run.py" line="49"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="42"/>
        <source>Welcome to CLE Desktop. Start by naming the gathering you are capturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="50"/>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="51"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="55"/>
        <source>Create gathering</source>
        <translation>Crear encuentro</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="62"/>
        <source>Open the demo gathering instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/first_run.py" line="73"/>
        <source>A title is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="118"/>
        <source>Asset inventory</source>
        <translation>Inventario de recursos</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="120"/>
        <source>Filter assets, gifts and hopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="121"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="124"/>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="125"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="126"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="129"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="132"/>
        <source>Set category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="138"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="139"/>
        <source>Merge selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="142"/>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="144"/>
        <source>Likely duplicates (named differently by different note-takers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="169"/>
        <source>“{0}” ({1} stories)  ⟵  “{2}” ({3} stories)   similarity {4:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/inventory.py" line="201"/>
        <source>Merge assets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="37"/>
        <source>CLE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="43"/>
        <source>Story desk</source>
        <translation>Mesa de historias</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="44"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="45"/>
        <source>Photos &amp;&amp; artifacts</source>
        <translation>Fotos y objetos</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="61"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="81"/>
        <source>&amp;Gathering</source>
        <translation>&amp;Encuentro</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="82"/>
        <source>New gathering…</source>
        <translation>Nuevo encuentro…</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="85"/>
        <source>Switch to</source>
        <translation>Cambiar a</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="87"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="91"/>
        <source>&amp;Story</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="92"/>
        <source>New story</source>
        <translation>Nueva historia</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="96"/>
        <source>Undo tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="98"/>
        <source>Redo tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="102"/>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="123"/>
        <source>{0} — CLE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/main_window.py" line="138"/>
        <source>Cannot create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../cle_desktop/ui/map_page.py" line="76"/>
        <source>Community asset map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/map_page.py" line="88"/>
        <source>Assets not yet on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/map_page.py" line="89"/>
        <source>Place on map…</source>
        <translation>Ubicar en el mapa…</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/map_page.py" line="93"/>
        <source>Drag pins to move them. To place an asset, drag it onto the map, or choose it, press Place, then click the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/map_page.py" line="100"/>
        <source>Not on the map yet</source>
        <translation>Aún no están en el mapa</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/map_page.py" line="150"/>
        <source>Now click the map where “{0}” is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="46"/>
        <location filename="../../cle_desktop/ui/people.py" line="62"/>
        <location filename="../../cle_desktop/ui/people.py" line="82"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="47"/>
        <location filename="../../cle_desktop/ui/people.py" line="66"/>
        <location filename="../../cle_desktop/ui/people.py" line="84"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="48"/>
        <location filename="../../cle_desktop/ui/people.py" line="85"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="49"/>
        <location filename="../../cle_desktop/ui/people.py" line="71"/>
        <location filename="../../cle_desktop/ui/people.py" line="86"/>
        <source>Age band</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="50"/>
        <location filename="../../cle_desktop/ui/people.py" line="75"/>
        <location filename="../../cle_desktop/ui/people.py" line="87"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="51"/>
        <location filename="../../cle_desktop/ui/people.py" line="93"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="54"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="64"/>
        <location filename="../../cle_desktop/ui/people.py" line="83"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="69"/>
        <source>Team or home community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="76"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="78"/>
        <source>Save details</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="80"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="97"/>
        <source>None: stays on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="98"/>
        <source>Internal: host team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="99"/>
        <source>Network: CLE partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="100"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="102"/>
        <source>Story sharing level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="104"/>
        <source>May be named (otherwise the pseudonym is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="105"/>
        <source>Photo release</source>
        <translation>Autorización de fotos</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="106"/>
        <source>Audio release</source>
        <translation>Autorización de audio</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="107"/>
        <source>Minor (under 18)</source>
        <translation>Menor de edad (menos de 18)</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="108"/>
        <source>Guardian permission</source>
        <translation>Permiso del tutor</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="109"/>
        <source>The young person&apos;s own assent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="111"/>
        <location filename="../../cle_desktop/ui/people.py" line="131"/>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="121"/>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="132"/>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="135"/>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="181"/>
        <source>⚠ not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="184"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="202"/>
        <source>{0} people · {1} without recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="220"/>
        <source>No consent recorded: nothing of this person leaves the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="243"/>
        <source>Withdrawn: nothing of this person appears in any export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="245"/>
        <source>Effective sharing level: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="262"/>
        <source>Cannot add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="266"/>
        <source>Added {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="289"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="311"/>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="319"/>
        <source>Withdraw {0}? Their {1} stories, their name, and every photo showing them will disappear from every report and export. This is recorded and travels to other laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/people.py" line="322"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="47"/>
        <source>Import photos…</source>
        <translation>Importar fotos…</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="52"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="59"/>
        <source>or drop photos or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="71"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="75"/>
        <location filename="../../cle_desktop/ui/photos_page.py" line="90"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="78"/>
        <source>People depicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="81"/>
        <location filename="../../cle_desktop/ui/photos_page.py" line="82"/>
        <source>Link to story</source>
        <translation>Vincular a historia</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="88"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="91"/>
        <source>People in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="95"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="99"/>
        <location filename="../../cle_desktop/ui/photos_page.py" line="112"/>
        <source>Artifacts</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="101"/>
        <location filename="../../cle_desktop/ui/photos_page.py" line="102"/>
        <source>Artifact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="105"/>
        <source>What it means to the person who brought it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="107"/>
        <source>Artifact meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="108"/>
        <source>Returned to its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="109"/>
        <source>Add artifact</source>
        <translation>Añadir objeto</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="154"/>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="164"/>
        <source>Checked when it has been returned to its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="171"/>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="207"/>
        <source>Cancelling import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="212"/>
        <source>%v of %m photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="223"/>
        <source>Imported {0} photos; {1} already here; {2} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="230"/>
        <source>Some photos were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="237"/>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="270"/>
        <source>No photo release from {0}: this photo will not appear in any export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/photos_page.py" line="301"/>
        <source>Photo linked to the story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="59"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="60"/>
        <source>Whose voices were heard</source>
        <translation>Qué voces se escucharon</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="61"/>
        <source>Asset inventory</source>
        <translation>Inventario de recursos</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="62"/>
        <source>Story browser</source>
        <translation>Explorador de historias</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="65"/>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="69"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="71"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="72"/>
        <source>CLE network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="73"/>
        <source>Host team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="79"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="80"/>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="84"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="100"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="102"/>
        <source>Consent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="103"/>
        <source>All stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="104"/>
        <source>⚠ A teller has no recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="105"/>
        <source>Shareable publicly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="107"/>
        <source>Tag kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="108"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="112"/>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="129"/>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="144"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; stories · &lt;b&gt;{1}&lt;/b&gt; participants · &lt;b&gt;{2}&lt;/b&gt; photos · &lt;b&gt;{3}&lt;/b&gt; artifacts · &lt;b&gt;{4}&lt;/b&gt; stories with a teller whose consent is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="152"/>
        <source>Tags by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="153"/>
        <source>Tags by ABCD category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="154"/>
        <source>Stories by session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="155"/>
        <source>Stories by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="166"/>
        <source>Young people told {0:.0%} of the stories; elders {1:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="173"/>
        <source>Stories by teller role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="174"/>
        <source>Stories by generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="179"/>
        <source>Tagged passages by teller role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="205"/>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="216"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="231"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="236"/>
        <source>Report written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="242"/>
        <source>The report was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="261"/>
        <source>Withdraw {0}? {1} stories they told, {2} photos showing them, and their name will disappear from every report and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="263"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/review/page.py" line="268"/>
        <source>Not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../cle_desktop/ui/search_panel.py" line="20"/>
        <source>Search stories, captions, assets, people (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/search_panel.py" line="21"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/search_panel.py" line="24"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/search_panel.py" line="54"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/search_panel.py" line="55"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/search_panel.py" line="56"/>
        <source>Asset</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/search_panel.py" line="57"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/search_panel.py" line="64"/>
        <source>{0} results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryDesk</name>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="126"/>
        <location filename="../../cle_desktop/ui/story_desk.py" line="135"/>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="129"/>
        <source>New story  (Ctrl+N)</source>
        <translation>Nueva historia  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="143"/>
        <location filename="../../cle_desktop/ui/story_desk.py" line="144"/>
        <source>Story title</source>
        <translation>Título de la historia</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="147"/>
        <source>Who is telling? Type names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="149"/>
        <location filename="../../cle_desktop/ui/story_desk.py" line="165"/>
        <source>Tellers</source>
        <translation>Narradores</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="156"/>
        <location filename="../../cle_desktop/ui/story_desk.py" line="170"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="158"/>
        <location filename="../../cle_desktop/ui/story_desk.py" line="168"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="174"/>
        <source>Story text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="176"/>
        <source>Type the story as it is told. It is saved as you type.</source>
        <translation>Escriba la historia como se cuenta. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="181"/>
        <source>Asset</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="182"/>
        <source>Gift</source>
        <translation>Don</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="183"/>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="187"/>
        <source>Select a passage, then tag it as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="209"/>
        <source>Tags in this story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="213"/>
        <source>Link to asset: type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="214"/>
        <source>Linked asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="226"/>
        <source>ABCD category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="227"/>
        <source>(category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="234"/>
        <source>Assets, gifts and hopes</source>
        <translation>Recursos, dones y esperanzas</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="291"/>
        <source>(no session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="380"/>
        <source>New story started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="404"/>
        <location filename="../../cle_desktop/ui/story_desk.py" line="409"/>
        <location filename="../../cle_desktop/ui/story_desk.py" line="421"/>
        <source>Saved {0}</source>
        <translation>Guardado {0}</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="436"/>
        <source>Consent not recorded for {0}: this story stays on this laptop until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="448"/>
        <source>Select a passage first, then tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="460"/>
        <source>Tagged “{0}” as {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="489"/>
        <source>→ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="491"/>
        <source>→ (no asset linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="496"/>
        <source>⚠ This passage is no longer in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="526"/>
        <source>similar: {0} ({1} stories)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <location filename="../../cle_desktop/ui/story_list.py" line="71"/>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="42"/>
        <source>Carry changes between laptops on a USB stick. Nothing is lost: when two laptops changed the same thing, both versions wait below for you to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="51"/>
        <source>Sync with a folder on the stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="52"/>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="53"/>
        <source>Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="66"/>
        <source>Laptop (device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="67"/>
        <source>Changes it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="68"/>
        <source>Last import from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="69"/>
        <source>Last export for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="74"/>
        <source>Other laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="77"/>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="95"/>
        <source>This laptop is device {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="122"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="134"/>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="138"/>
        <source>Choose the sync folder on the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="146"/>
        <source>Received {0} changes, left {1} for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="154"/>
        <source>Export a bundle to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="159"/>
        <source>Wrote {0} changes and {1} photos to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="166"/>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="173"/>
        <source>Imported {0} new changes and {1} photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/sync_view.py" line="177"/>
        <source>Nothing new: this laptop already had all of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="75"/>
        <source>Tag as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../cle_desktop/ui/story_desk.py" line="95"/>
        <source>Link asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
