<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AbcdCategory</name>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="105" />
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="106" />
            <source>Association</source>
            <translation>Asociación</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="107" />
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="108" />
            <source>Physical</source>
            <translation>Físico</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="109" />
            <source>Economic</source>
            <translation>Económico</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="110" />
            <source>Cultural</source>
            <translation>Cultural</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="111" />
            <source>No category</source>
            <translation>Sin categoría</translation>
        </message>
    </context>
    <context>
        <name>AgeBand</name>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="73" />
            <source>Youth</source>
            <translation>Joven</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="74" />
            <source>Adult</source>
            <translation>Persona adulta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="75" />
            <source>Elder</source>
            <translation>Persona mayor</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="76" />
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
    </context>
    <context>
        <name>ArtifactPanel</name>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="61" />
            <source>Artifacts</source>
            <translation>Objetos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="69" />
            <source>New artifact: its name</source>
            <translation>Objeto nuevo: su nombre</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="70" />
            <source>New artifact name</source>
            <translation>Nombre del objeto nuevo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="72" />
            <source>Add artifact</source>
            <translation>Añadir objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="79" />
            <source>Artifact name</source>
            <translation>Nombre del objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="82" />
            <source>What it means to the person who brought it</source>
            <translation>Qué significa para la persona que lo trajo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="83" />
            <source>Artifact meaning</source>
            <translation>Significado del objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="86" />
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="132" />
            <source>Brought by</source>
            <translation>Lo trajo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="88" />
            <source>Returned to its owner</source>
            <translation>Devuelto a su dueño</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="92" />
            <source>Stories of this artifact</source>
            <translation>Historias de este objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="95" />
            <source>Story to link</source>
            <translation>Historia para vincular</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="96" />
            <source>Link</source>
            <translation>Vincular</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="97" />
            <source>Link the story to this artifact</source>
            <translation>Vincular la historia a este objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="99" />
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="120" />
            <source>Unlink</source>
            <translation>Desvincular</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="100" />
            <source>Unlink the selected story</source>
            <translation>Desvincular la historia seleccionada</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="108" />
            <source>Photos of this artifact</source>
            <translation>Fotos de este objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="118" />
            <source>Link the selected photo</source>
            <translation>Vincular la foto seleccionada</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="121" />
            <source>Unlink the selected photo</source>
            <translation>Desvincular la foto seleccionada</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="128" />
            <source>Selected artifact</source>
            <translation>Objeto seleccionado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="130" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="131" />
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="134" />
            <source>Stories</source>
            <translation>Historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="136" />
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="187" />
            <source>Checked when it has been returned to its owner</source>
            <translation>Se marca cuando ya se devolvió a su dueño</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="162" />
            <source>— nobody chosen —</source>
            <translation>— sin elegir —</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="171" />
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="233" />
            <source>Untitled story</source>
            <translation>Historia sin título</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="260" />
            <source>Artifact added</source>
            <translation>Objeto añadido</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="313" />
            <source>Story linked to the artifact</source>
            <translation>Historia vinculada al objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="326" />
            <source>Select a photo in the grid first</source>
            <translation>Primero seleccione una foto en la cuadrícula</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/artifact_panel.py" line="330" />
            <source>Photo linked to the artifact</source>
            <translation>Foto vinculada al objeto</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/artifact_panel.py" line="74" />
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/artifact_panel.py" line="76" />
            <source>Delete the selected artifact</source>
            <translation>Borrar el objeto seleccionado</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/artifact_panel.py" line="361" />
            <source>delete artifact</source>
            <translation>el borrado del objeto</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/artifact_panel.py" line="278" />
            <source>Artifact deleted</source>
            <translation>Objeto borrado</translation>
        </message>
    </context>
    <context>
        <name>AssetTableModel</name>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="42" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="43" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="44" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="45" />
            <source>Stories</source>
            <translation>Historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="46" />
            <source>Placed</source>
            <translation>En el mapa</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="81" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>ConflictField</name>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="40" />
            <source>story text</source>
            <translation>texto de la historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="41" />
            <source>story title</source>
            <translation>título de la historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="42" />
            <source>language of the story</source>
            <translation>idioma de la historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="43" />
            <source>session of the story</source>
            <translation>sesión de la historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="44" />
            <source>time of the story</source>
            <translation>hora de la historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="45" />
            <source>person's name</source>
            <translation>nombre de la persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="46" />
            <source>person's pseudonym</source>
            <translation>seudónimo de la persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="47" />
            <source>person's role</source>
            <translation>papel de la persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="48" />
            <source>person's team</source>
            <translation>equipo de la persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="49" />
            <source>person's age band</source>
            <translation>grupo de edad de la persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="50" />
            <source>asset name</source>
            <translation>nombre del recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="51" />
            <source>asset category</source>
            <translation>categoría del recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="52" />
            <source>asset description</source>
            <translation>descripción del recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="53" />
            <source>place of the asset</source>
            <translation>lugar del recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="54" />
            <source>asset the tag names</source>
            <translation>recurso al que apunta la etiqueta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="55" />
            <source>tagged passage</source>
            <translation>pasaje etiquetado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="56" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="57" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="58" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="59" />
            <source>position of the tagged passage</source>
            <translation>posición del pasaje etiquetado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="60" />
            <source>whether the tag finds its passage</source>
            <translation>si la etiqueta encuentra su pasaje</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="61" />
            <source>kind of tag</source>
            <translation>tipo de etiqueta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="62" />
            <source>tag category</source>
            <translation>categoría de la etiqueta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="63" />
            <source>photo caption</source>
            <translation>pie de foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="64" />
            <source>artifact name</source>
            <translation>nombre del objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="65" />
            <source>what the artifact means</source>
            <translation>lo que significa el objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="66" />
            <source>place name</source>
            <translation>nombre del lugar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="67" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="68" />
            <source>position of the place</source>
            <translation>posición del lugar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="69" />
            <source>gathering title</source>
            <translation>título del encuentro</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="70" />
            <source>session title</source>
            <translation>título de la sesión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="71" />
            <source>what the person allowed to share</source>
            <translation>lo que la persona permitió compartir</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="101" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="111" />
            <source>Merged suggestion</source>
            <translation>Sugerencia combinada</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="123" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="125" />
            <source>Save the merged text</source>
            <translation>Guardar el texto combinado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="131" />
            <source>Merged suggestion (edit freely)</source>
            <translation>Sugerencia combinada (puede editarla libremente)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="164" />
            <source>No conflicts: every laptop agrees.

When two laptops change the same thing, both versions wait here for you to choose; nothing is lost meanwhile.</source>
            <translation>No hay conflictos: todas las computadoras coinciden.

Cuando dos computadoras cambian lo mismo, las dos versiones esperan aquí a que usted elija; mientras tanto no se pierde nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="117" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="248" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="268" />
            <source>Keep this laptop's version</source>
            <translation>Conservar la versión de esta computadora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="120" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="270" />
            <source>Keep the other laptop's version</source>
            <translation>Conservar la versión de la otra computadora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="129" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="184" />
            <source>This laptop</source>
            <translation>Esta computadora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="130" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="185" />
            <source>Another laptop</source>
            <translation>Otra computadora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="189" />
            <source>this laptop</source>
            <translation>esta computadora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="190" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="201" />
            <source>another laptop</source>
            <translation>otra computadora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="203" />
            <source>{0}: deleted on {1}, edited on {2}</source>
            <translation>{0}: se borró en {1} y se editó en {2}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="209" />
            <source>“{0}” — {1}</source>
            <translation>«{0}» — {1}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="224" />
            <source>No conflicts: every laptop agrees.</source>
            <translation>No hay conflictos: todas las computadoras coinciden.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="250" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="266" />
            <source>Keep the version from {0}</source>
            <translation>Conservar la versión de {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="254" />
            <source>Other laptops</source>
            <translation>Otras computadoras</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="282" />
            <source>Choose one of the versions; the other laptops' versions are kept in the history.</source>
            <translation>Elija una de las versiones; las versiones de las otras computadoras quedan en el historial.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="291" />
            <source>Both laptops changed the same sentences: finish the parts marked ⟦ … ‖ … ⟧ (this laptop's words come first), then save.</source>
            <translation>Las dos computadoras cambiaron las mismas oraciones: termine las partes marcadas con ⟦ … ‖ … ⟧ (primero van las palabras de esta computadora) y guarde.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="299" />
            <source>Confirm the delete</source>
            <translation>Confirmar el borrado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="300" />
            <source>Restore it with the edits</source>
            <translation>Restaurar con los cambios</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="306" />
            <source>Deleted on {0}</source>
            <translation>Borrado en {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="309" />
            <source>Deleted on {0}.</source>
            <translation>Se borró en {0}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="312" />
            <source>Edited on {0}</source>
            <translation>Editado en {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="352" />
            <source>1 place still shows both versions: choose or edit it, then save.</source>
            <translation>Queda 1 lugar con las dos versiones: elija una o edítelo, y guarde.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="358" />
            <source>{0} places still show both versions: choose or edit them, then save.</source>
            <translation>Quedan {0} lugares con las dos versiones: elija o edítelos, y guarde.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="364" />
            <source>The merged text is empty: write the text, or keep one of the versions.</source>
            <translation>El texto combinado está vacío: escriba el texto o conserve una de las versiones.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="318" />
            <source>One laptop deleted this while another was still editing it: confirm the delete, or restore it with the edits.</source>
            <translation>Una computadora borró esto mientras otra todavía lo estaba editando: confirme el borrado o restáurelo con los cambios.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="279" />
            <source>Choose one of the versions.</source>
            <translation>Elija una de las versiones.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="295" />
            <source>The changes do not overlap: the merged text keeps both.</source>
            <translation>Los cambios no se superponen: el texto combinado conserva ambos.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="41" />
            <source>Version shown now</source>
            <translation>Versión que se ve ahora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="44" />
            <source>Other version</source>
            <translation>Otra versión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="52" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="156" />
            <source>Keep this version</source>
            <translation>Conservar esta versión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="54" />
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="159" />
            <source>Keep the other version</source>
            <translation>Conservar la otra versión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="62" />
            <source>Shown now</source>
            <translation>Lo que se ve ahora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="63" />
            <source>Other laptop</source>
            <translation>Otra computadora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="113" />
            <source>{0}: {1} — deleted on one laptop, edited on another</source>
            <translation>{0}: {1} — se borró en una computadora y se editó en otra</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="117" />
            <source>{0} {1}: {2}</source>
            <translation>{0} {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="164" />
            <source>Deleted on one laptop.</source>
            <translation>Se borró en una computadora.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="185" />
            <source>— version {0} —</source>
            <translation>— versión {0} —</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="199" />
            <source>Choose one of the versions; the other one keeps version 2.</source>
            <translation>Elija una de las versiones; «Conservar la otra versión» conserva la versión 2.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/conflicts_view.py" line="206" />
            <source>Both laptops changed the same sentences: finish the parts marked ⟦ … ‖ … ⟧.</source>
            <translation>Las dos computadoras cambiaron las mismas oraciones: termine las partes marcadas con ⟦ … ‖ … ⟧.</translation>
        </message>
    </context>
    <context>
        <name>Entity</name>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="120" />
            <source>Story</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="121" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="122" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="123" />
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="124" />
            <source>Asset</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="125" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="126" />
            <source>Artifact</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="127" />
            <source>Gathering</source>
            <translation>Encuentro</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="128" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="129" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="130" />
            <source>Base map</source>
            <translation>Mapa base</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="131" />
            <source>Teller of a story</source>
            <translation>Narrador de una historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="132" />
            <source>Photo link</source>
            <translation>Vínculo de una foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="133" />
            <source>Artifact in a story</source>
            <translation>Objeto en una historia</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>That {field} is {length} characters long; at most {limit} fit. Shorten it and try again.</source>
            <translation>Ese texto ({field}) tiene {length} caracteres; caben como máximo {limit}. Acórtelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>That person withdrew and was erased from the gathering, so they cannot be named as a teller; add them again only if they give consent anew.</source>
            <translation>Esa persona retiró su consentimiento y se borró del encuentro, así que no se la puede nombrar como narradora; agréguela de nuevo solo si vuelve a dar su consentimiento.</translation>
        </message>
        <message>
            <source>Line {line} of {name} has a cell longer than {limit} characters, more than any field can hold; shorten it and try again.</source>
            <translation>La línea {line} de {name} tiene una celda de más de {limit} caracteres, más de lo que cabe en un campo; acórtela e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Line {line} of {name} cannot be read as CSV. Save the spreadsheet as 'CSV UTF-8' and try again.</source>
            <translation>La línea {line} de {name} no se puede leer como CSV. Guarde la hoja de cálculo como «CSV UTF-8» e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{name} in the bundle is password-protected; CLE Desktop bundles never are, so it was refused.</source>
            <translation>{name} del paquete está protegido con contraseña; los paquetes de CLE Desktop nunca lo están, así que se rechazó.</translation>
        </message>
        <message>
            <source>{name} in the bundle is packed in a way CLE Desktop never uses (method {method}); it is not a CLE Desktop bundle.</source>
            <translation>{name} del paquete está comprimido de una forma que CLE Desktop nunca usa (método {method}); no es un paquete de CLE Desktop.</translation>
        </message>
        <message>
            <source>The bundle's changes hold a line longer than any change can be.</source>
            <translation>Los cambios del paquete tienen una línea más larga de lo que puede ser un cambio.</translation>
        </message>
        <message>
            <source>Line {number} of the bundle's changes is nested too deeply to be a change entry.</source>
            <translation>La línea {number} de los cambios del paquete está anidada a demasiada profundidad para ser un cambio.</translation>
        </message>
        <message>
            <source>The bundle's manifest has a bad {key!r}; the copy is damaged.</source>
            <translation>El manifiesto del paquete tiene un {key!r} incorrecto; la copia está dañada.</translation>
        </message>
        <message>
            <source>The bundle holds more than {limit} changes, more than one bundle may carry; it was refused and nothing was changed.</source>
            <translation>El paquete contiene más de {limit} cambios, más de los que puede llevar un paquete; se rechazó y no se cambió nada.</translation>
        </message>
        <message>
            <source>it must be text</source>
            <translation>debe ser texto</translation>
        </message>
        <message>
            <source>it is {length} characters long, more than {limit}</source>
            <translation>tiene {length} caracteres, más de {limit}</translation>
        </message>
        <message>
            <source>{value} is not one of {allowed}</source>
            <translation>{value} no es uno de estos: {allowed}</translation>
        </message>
        <message>
            <source>it must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>it is out of range</source>
            <translation>está fuera del rango permitido</translation>
        </message>
        <message>
            <source>it must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <source>it must be yes or no</source>
            <translation>debe ser sí o no</translation>
        </message>
        <message>
            <source>it must be a photo's checksum</source>
            <translation>debe ser la suma de comprobación de una foto</translation>
        </message>
        <message>
            <source>it must be an id</source>
            <translation>debe ser un identificador</translation>
        </message>
        <message>
            <source>it must be a date</source>
            <translation>debe ser una fecha</translation>
        </message>
        <message>
            <source>it must be a date and time</source>
            <translation>debe ser una fecha y hora</translation>
        </message>
        <message>
            <source>it cannot be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <source>it must be yes</source>
            <translation>debe ser sí</translation>
        </message>
        <message>
            <source>Line {number} of the bundle's changes repeats an entry it already holds; the bundle may have been tampered with.</source>
            <translation>La línea {number} de los cambios del paquete repite un cambio que ya contiene; puede que alguien haya manipulado el paquete.</translation>
        </message>
        <message>
            <source>Line {number} of the bundle's changes has a bad value for {entity} {field}: {reason}.</source>
            <translation>La línea {number} de los cambios del paquete tiene un valor incorrecto para {entity} {field}: {reason}.</translation>
        </message>
        <message>
            <source>The bundle holds more than {limit} changes of kinds this version does not know; it was refused so they cannot fill this laptop.</source>
            <translation>El paquete contiene más de {limit} cambios de tipos que esta versión no conoce; se rechazó para que no llenen este portátil.</translation>
        </message>
        <message>
            <source>Line {number} of the bundle's changes holds a value of an unknown field {field!r} larger than {limit} characters.</source>
            <translation>La línea {number} de los cambios del paquete tiene un valor del campo desconocido {field!r} de más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>Line {number} of the bundle's changes is dated {when}, more than {hours} hours ahead of this laptop's clock; check the date and time on both laptops. Nothing was changed.</source>
            <translation>La línea {number} de los cambios del paquete tiene fecha {when}, más de {hours} horas por delante del reloj de este portátil; revise la fecha y la hora de los dos portátiles. No se cambió nada.</translation>
        </message>
        <message>
            <source>The files inside the bundle overlap one another (a zip bomb?); it was refused.</source>
            <translation>Los archivos dentro del paquete se solapan entre sí (¿una bomba zip?); se rechazó.</translation>
        </message>
        <message>
            <source>{name} in the bundle is not a photo any of its changes mention; it may have been tampered with.</source>
            <translation>{name} del paquete no es una foto que mencione ninguno de sus cambios; puede que alguien lo haya manipulado.</translation>
        </message>
        <message>
            <source>The bundle's photos add up to more than {limit} GB, more than a bundle may carry.</source>
            <translation>Las fotos del paquete suman más de {limit} GB, más de lo que puede llevar un paquete.</translation>
        </message>
        <message>
            <source>This laptop has {free} MB free, not enough for the bundle's photos ({needed} MB); free some space and try again. Nothing was changed.</source>
            <translation>Este portátil tiene {free} MB libres, no bastan para las fotos del paquete ({needed} MB); libere espacio e inténtelo de nuevo. No se cambió nada.</translation>
        </message>
        <message>
            <source>The bundle's manifest promises {expected} changes but it holds {count}; the copy is damaged.</source>
            <translation>El manifiesto del paquete promete {expected} cambios pero contiene {count}; la copia está dañada.</translation>
        </message>
        <message>
            <source>The bundle holds a different entry {seq} of laptop {device} than this laptop has; it may have been tampered with. Nothing was changed.</source>
            <translation>El paquete contiene un cambio {seq} del portátil {device} distinto del que tiene este portátil; puede que alguien lo haya manipulado. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/reports.py" line="1" />
            <source>The report stopped before it was written (exit code {code}). Nothing was lost; try again.</source>
            <translation>El informe se detuvo antes de escribirse (código de salida {code}). No se perdió nada; inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/batch.py" line="86" />
            <source>{name} could not be imported: {error}.</source>
            <translation>No se pudo importar {name}: {error}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/batch.py" line="148" />
            <source>{name} could not be imported ({error}).</source>
            <translation>No se pudo importar {name} ({error}).</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/errors.py" line="59" />
            <source>the file is cut short</source>
            <translation>el archivo está cortado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/errors.py" line="78" />
            <source>{name} is not a photo we can read ({reason}).</source>
            <translation>{name} no es una foto que podamos leer ({reason}).</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/errors.py" line="109" />
            <source>{name} is incomplete ({reason}), so it was probably cut off while copying: copy it again from the camera or card.</source>
            <translation>{name} está incompleta ({reason}); probablemente se cortó al copiarla: cópiela de nuevo desde la cámara o la tarjeta.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/errors.py" line="126" />
            <source>{name} is too large to import safely ({reason}).</source>
            <translation>{name} es demasiado grande para importarla sin riesgo ({reason}).</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/errors.py" line="132" />
            <source>{name} is {reason}, which CLE Desktop cannot read: save it as JPEG or PNG and import that copy.</source>
            <translation>{name} es {reason}, un formato que CLE Desktop no puede leer: guárdela como JPEG o PNG e importe esa copia.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/errors.py" line="152" />
            <source>The photo file {sha}… is missing from the media folder; restore the folder from a backup or import the photo again.</source>
            <translation>Falta el archivo de la foto {sha}… en la carpeta de medios; restaure la carpeta desde una copia de seguridad o importe la foto de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/errors.py" line="180" />
            <source>There is not enough free disk space to store {name}; nothing was half-saved, so free some space and import it again.</source>
            <translation>No hay suficiente espacio libre en el disco para guardar {name}; no quedó nada guardado a medias, así que libere espacio e impórtela de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/errors.py" line="188" />
            <source>There is not enough free disk space to store {name} (it needs about {mb} MB); nothing was half-saved, so free some space and import it again.</source>
            <translation>No hay suficiente espacio libre en el disco para guardar {name} (necesita unos {mb} MB); no quedó nada guardado a medias, así que libere espacio e impórtela de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="167" />
            <source>it says it has no pixels</source>
            <extracomment>The Pillow decoders we let run. GIF/BMP are refused on purpose: cameras and phones do not make them and they are not worth the extra decoder surface. Pillow's own default bomb limit (about 89 megapixels); used when ``MAX_IMAGE_PIXELS`` has been switched off globally, because a probe must never be unlimited.</extracomment>
            <translation>dice que no tiene píxeles</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="179" />
            <location filename="../../cle_desktop/media/probe.py" line="279" />
            <location filename="../../cle_desktop/media/probe.py" line="283" />
            <location filename="../../cle_desktop/media/probe.py" line="378" />
            <source>the file ends before the picture does</source>
            <translation>el archivo termina antes que la imagen</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="210" />
            <location filename="../../cle_desktop/media/store.py" line="148" />
            <source>the file is no longer there</source>
            <extracomment>(sha256, stored path, was_new)</extracomment>
            <translation>el archivo ya no está ahí</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="214" />
            <location filename="../../cle_desktop/media/probe.py" line="242" />
            <location filename="../../cle_desktop/media/store.py" line="152" />
            <source>this computer does not let us open it</source>
            <translation>esta computadora no nos permite abrirlo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="219" />
            <location filename="../../cle_desktop/media/store.py" line="155" />
            <source>it is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="221" />
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="226" />
            <source>{size} MB, and the limit is {limit} MB</source>
            <translation>{size} MB, y el límite es de {limit} MB</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="259" />
            <source>a GIF image</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="261" />
            <source>a BMP image</source>
            <translation>una imagen BMP</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="266" />
            <source>a HEIC photo (the iPhone format)</source>
            <translation>una foto HEIC (el formato del iPhone)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="269" />
            <source>an AVIF image</source>
            <translation>una imagen AVIF</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="271" />
            <source>it looks like a video</source>
            <translation>parece un video</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="288" />
            <source>its header is damaged</source>
            <translation>su encabezado está dañado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="290" />
            <source>it looks like a PDF document</source>
            <translation>parece un documento PDF</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="293" />
            <source>it looks like a zip archive or an office document</source>
            <translation>parece un archivo comprimido (zip) o un documento de oficina</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="296" />
            <source>it looks like a video or sound file</source>
            <translation>parece un archivo de video o de sonido</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="298" />
            <source>it looks like a sound file</source>
            <translation>parece un archivo de sonido</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="303" />
            <source>it looks like a web page</source>
            <translation>parece una página web</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="306" />
            <source>it looks like an SVG drawing, not a photo</source>
            <translation>parece un dibujo SVG, no una foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="308" />
            <source>it looks like a text file</source>
            <translation>parece un archivo de texto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="310" />
            <source>its contents are not in any picture format we know</source>
            <translation>su contenido no está en ningún formato de imagen que conozcamos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="343" />
            <source>{pixels:.0f} megapixels, and the limit is {limit:.0f} megapixels</source>
            <translation>{pixels:.0f} megapíxeles, y el límite es de {limit:.0f} megapíxeles</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="354" />
            <source>it claims to be far bigger than any camera picture</source>
            <translation>dice ser mucho más grande que cualquier foto de cámara</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="359" />
            <source>the disk reported an error: {error}</source>
            <translation>el disco informó un error: {error}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/probe.py" line="381" />
            <source>its picture data is damaged</source>
            <translation>los datos de la imagen están dañados</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/media/store.py" line="351" />
            <source>the disk reported an error while reading it: {error}</source>
            <translation>el disco informó un error al leerlo: {error}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/artifacts.py" line="27" />
            <source>An artifact needs a name.</source>
            <translation>Un objeto necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/artifacts.py" line="45" />
            <location filename="../../cle_desktop/services/artifacts.py" line="71" />
            <source>That artifact no longer exists.</source>
            <translation>Ese objeto ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/assets.py" line="55" />
            <location filename="../../cle_desktop/services/assets.py" line="70" />
            <source>An asset needs a name.</source>
            <translation>Un recurso necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/assets.py" line="75" />
            <location filename="../../cle_desktop/services/assets.py" line="172" />
            <location filename="../../cle_desktop/services/places.py" line="53" />
            <source>That asset no longer exists.</source>
            <translation>Ese recurso ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/assets.py" line="140" />
            <source>An asset cannot be merged into itself.</source>
            <translation>Un recurso no se puede combinar consigo mismo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/assets.py" line="146" />
            <source>One of these assets no longer exists.</source>
            <translation>Uno de estos recursos ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/gatherings.py" line="47" />
            <source>A gathering needs a title.</source>
            <translation>Un encuentro necesita un título.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/gatherings.py" line="50" />
            <source>The gathering cannot end before it starts.</source>
            <translation>El encuentro no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/gatherings.py" line="73" />
            <location filename="../../cle_desktop/services/gatherings.py" line="80" />
            <source>That gathering no longer exists.</source>
            <translation>Ese encuentro ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/gatherings.py" line="120" />
            <source>A session needs a title.</source>
            <translation>Una sesión necesita un título.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/imports.py" line="66" />
            <location filename="../../cle_desktop/services/maps.py" line="52" />
            <source>There is no file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/imports.py" line="69" />
            <source>{name} is too large to be a sign-in sheet or notes file.</source>
            <translation>{name} es demasiado grande para ser una hoja de asistencia o un archivo de notas.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/imports.py" line="75" />
            <source>{name} is not a CSV file. Save the spreadsheet as 'CSV UTF-8' and try again.</source>
            <translation>{name} no es un archivo CSV. Guarde la hoja de cálculo como «CSV UTF-8» e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/imports.py" line="85" />
            <source>{name} is not UTF-8 text. Save the spreadsheet as 'CSV UTF-8' and try again.</source>
            <translation>{name} no es texto UTF-8. Guarde la hoja de cálculo como «CSV UTF-8» e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/imports.py" line="96" />
            <source>{name} is missing the column(s) {missing}; the first line must be: {line}</source>
            <translation>A {name} le faltan las columnas {missing}; la primera línea debe ser: {line}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/maps.py" line="75" />
            <source>{name} is not a base map: use an .mbtiles or .pmtiles file, or a .jpg/.png photo of a drawn map.</source>
            <translation>{name} no es un mapa base: use un archivo .mbtiles o .pmtiles, o una foto .jpg/.png de un mapa dibujado.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/maps.py" line="89" />
            <location filename="../../cle_desktop/services/maps.py" line="131" />
            <source>That gathering does not exist.</source>
            <translation>Ese encuentro no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/maps.py" line="104" />
            <source>This gathering has no drawn map to georeference.</source>
            <translation>Este encuentro no tiene un mapa dibujado para georreferenciar.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/participants.py" line="67" />
            <source>A participant needs a name.</source>
            <translation>Un participante necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/participants.py" line="90" />
            <location filename="../../cle_desktop/services/participants.py" line="97" />
            <location filename="../../cle_desktop/services/participants.py" line="189" />
            <location filename="../../cle_desktop/services/participants.py" line="201" />
            <source>That participant no longer exists.</source>
            <translation>Ese participante ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/photos.py" line="121" />
            <source>That photo no longer exists.</source>
            <translation>Esa foto ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/photos.py" line="132" />
            <source>A photo can be linked to a {kinds}.</source>
            <translation>Una foto se puede vincular a: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/places.py" line="76" />
            <source>That place no longer exists.</source>
            <translation>Ese lugar ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/places.py" line="88" />
            <source>Latitude must be between -90 and 90.</source>
            <translation>La latitud debe estar entre -90 y 90.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/places.py" line="91" />
            <source>Longitude must be between -180 and 180.</source>
            <translation>La longitud debe estar entre -180 y 180.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/places.py" line="95" />
            <source>A place needs both latitude and longitude.</source>
            <translation>Un lugar necesita tanto la latitud como la longitud.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/places.py" line="99" />
            <source>A point on a drawn map needs both x and y.</source>
            <translation>Un punto en un mapa dibujado necesita tanto x como y.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/places.py" line="103" />
            <source>A point on a drawn map needs that map.</source>
            <translation>Un punto en un mapa dibujado necesita ese mapa.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/reports.py" line="52" />
            <source>Unknown format {format}; choose one of {formats}.</source>
            <translation>Formato desconocido {format}; elija uno de estos: {formats}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/reports.py" line="58" />
            <source>The audience must be internal, network or public.</source>
            <translation>El público debe ser interno, de la red o público.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/reports.py" line="68" />
            <source>The report could not be written to {path}: {error}. Nothing was lost; choose another place.</source>
            <translation>No se pudo guardar el informe en {path}: {error}. No se perdió nada; elija otro lugar.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/stories.py" line="87" />
            <location filename="../../cle_desktop/services/stories.py" line="146" />
            <location filename="../../cle_desktop/services/tagging.py" line="51" />
            <source>That story no longer exists.</source>
            <translation>Esa historia ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="136" />
            <source>No bundle from device {device} has been imported here, so we do not know what it lacks; export everything instead.</source>
            <translation>Aquí no se ha importado ningún paquete del dispositivo {device}, así que no sabemos qué le falta; mejor exporte todo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="262" />
            <source>That conflict has already been resolved.</source>
            <translation>Ese conflicto ya se resolvió.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="266" />
            <source>Another version of this arrived while you were looking at it; nothing was saved. Look at the versions again and choose.</source>
            <translation>Llegó otra versión de esto mientras lo estaba mirando; no se guardó nada. Vuelva a mirar las versiones y elija.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="275" />
            <source>The text still shows both versions in {count} place(s), between ⟦ and ⟧: choose or edit them, then save.</source>
            <translation>El texto todavía muestra las dos versiones en {count} lugar(es), entre ⟦ y ⟧: elija o edítelas, y guarde.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/tagging.py" line="84" />
            <source>That tag no longer exists.</source>
            <translation>Esa etiqueta ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="195" />
            <source>The bundle could not be written to {folder}: {error}.</source>
            <translation>No se pudo guardar el paquete en {folder}: {error}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="211" />
            <source>The bundle has {count} files, more than a bundle can hold.</source>
            <translation>El paquete tiene {count} archivos, más de los que puede contener un paquete.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="222" />
            <source>The bundle lists {name!r} twice; it may have been tampered with.</source>
            <translation>El paquete incluye {name!r} dos veces; puede que lo hayan alterado.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="230" />
            <source>The bundle contains an unexpected file {name!r}; it is not a CLE Desktop bundle.</source>
            <translation>El paquete contiene un archivo inesperado, {name!r}; no es un paquete de CLE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="239" />
            <source>{name} in the bundle is too large to be genuine.</source>
            <translation>{name}, dentro del paquete, es demasiado grande para ser auténtico.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="248" />
            <source>{name} in the bundle is compressed suspiciously well (a zip bomb?).</source>
            <translation>{name}, dentro del paquete, está comprimido de forma sospechosamente eficaz (¿una bomba zip?).</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="256" />
            <source>The bundle unpacks to more data than a bundle can hold.</source>
            <translation>El paquete se descomprime en más datos de los que puede contener un paquete.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="260" />
            <source>The bundle has no manifest or no changes; it is incomplete.</source>
            <translation>Al paquete le falta el manifiesto o los cambios; está incompleto.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="271" />
            <source>{name} in the bundle is not the size its manifest says; the copy is damaged.</source>
            <translation>{name}, dentro del paquete, no tiene el tamaño que indica su manifiesto; la copia está dañada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="281" />
            <source>{name} in the bundle does not match its checksum; the copy is damaged.</source>
            <translation>{name}, dentro del paquete, no coincide con su suma de verificación; la copia está dañada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="295" />
            <source>The bundle's changes are not valid text; the copy is damaged.</source>
            <translation>Los cambios del paquete no son texto válido; la copia está dañada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="306" />
            <source>Line {number} of the bundle's changes is not valid JSON.</source>
            <translation>La línea {number} de los cambios del paquete no es JSON válido.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="313" />
            <source>Line {number} of the bundle's changes is not a change entry.</source>
            <translation>La línea {number} de los cambios del paquete no es un cambio.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="325" />
            <source>Line {number} of the bundle's changes has a bad {key!r}.</source>
            <translation>La línea {number} de los cambios del paquete tiene un valor incorrecto en {key!r}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="333" />
            <source>Line {number} of the bundle's changes has a bad clock or parents.</source>
            <translation>La línea {number} de los cambios del paquete tiene un reloj o unos antecesores incorrectos.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="347" />
            <source>There is no bundle at {path}.</source>
            <translation>No hay ningún paquete en {path}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="353" />
            <source>{name} is not a sync bundle, or it was cut short while copying.</source>
            <translation>{name} no es un paquete de sincronización, o se cortó al copiarlo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="364" />
            <location filename="../../cle_desktop/sync/bundle.py" line="393" />
            <source>The bundle's manifest is damaged.</source>
            <translation>El manifiesto del paquete está dañado.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="368" />
            <source>{name} is not a CLE Desktop sync bundle.</source>
            <translation>{name} no es un paquete de sincronización de CLE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="374" />
            <source>This bundle was made by a newer CLE Desktop (format {version}); update this laptop's app first.</source>
            <translation>Este paquete lo creó una versión más reciente de CLE Desktop (formato {version}); primero actualice la aplicación en esta computadora.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="386" />
            <source>The bundle's files do not match its manifest; the copy is damaged.</source>
            <translation>Los archivos del paquete no coinciden con su manifiesto; la copia está dañada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="398" />
            <source>{name} in the bundle is not the photo its name promises; it may have been tampered with.</source>
            <translation>{name}, dentro del paquete, no es la foto que su nombre promete; puede que lo hayan alterado.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="411" />
            <source>The bundle is damaged and cannot be read.</source>
            <translation>El paquete está dañado y no se puede leer.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="452" />
            <source>A photo from the bundle could not be stored on this laptop ({error}); nothing was changed in the database.</source>
            <translation>No se pudo guardar en esta computadora una foto del paquete ({error}); no se cambió nada en la base de datos.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="471" />
            <source>This bundle builds on changes this laptop does not have yet; import the earlier bundle from that laptop first. Nothing was changed.</source>
            <translation>Este paquete se basa en cambios que esta computadora todavía no tiene; primero importe el paquete anterior de esa computadora. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/bundle.py" line="480" />
            <source>The bundle could not be applied and nothing was changed ({error}).</source>
            <translation>No se pudo aplicar el paquete y no se cambió nada ({error}).</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/sync_point.py" line="72" />
            <source>{name} is damaged and was skipped.</source>
            <translation>{name} está dañado y se omitió.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="260" />
            <source>This laptop's gathering membership file {path} is damaged; ask the host for a new invitation.</source>
            <translation>El archivo de pertenencia al encuentro de esta computadora, {path}, está dañado; pida a la computadora anfitriona una invitación nueva.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="319" />
            <source>{path} could not be written: {error}.</source>
            <translation>No se pudo escribir {path}: {error}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="330" />
            <location filename="../../cle_desktop/sync/trust.py" line="336" />
            <source>{path} cannot be read as a CLE Desktop {kind} file.</source>
            <translation>{path} no se puede leer como un archivo de {kind} de CLE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="372" />
            <source>{path} is not a join request from CLE Desktop.</source>
            <translation>{path} no es una solicitud para unirse de CLE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="377" />
            <source>That join request was made on this laptop; make it on the new one.</source>
            <translation>Esa solicitud para unirse se hizo en esta computadora; hágala en la computadora nueva.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="386" />
            <source>Only the host laptop ({host}) can invite laptops to this gathering.</source>
            <translation>Solo la computadora anfitriona ({host}) puede invitar computadoras a este encuentro.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="395" />
            <source>Laptop {name} is already in this gathering's list with other keys, or was removed; it cannot be invited again under the same id.</source>
            <translation>La computadora {name} ya está en la lista de este encuentro con otras claves, o fue retirada; no se puede invitar otra vez con el mismo identificador.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="429" />
            <source>{path} is not an invitation from CLE Desktop.</source>
            <translation>{path} no es una invitación de CLE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="437" />
            <source>The invitation {path} is not signed by its host; it was altered.</source>
            <translation>La invitación {path} no está firmada por su anfitriona; fue alterada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="444" />
            <source>The invitation {path} was made for another laptop; make a join request here and ask the host to invite it.</source>
            <translation>La invitación {path} se hizo para otra computadora; haga aquí una solicitud para unirse y pida a la anfitriona que la invite.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="456" />
            <source>This laptop already belongs to the gathering {title}; it cannot join another.</source>
            <translation>Esta computadora ya pertenece al encuentro {title}; no puede unirse a otro.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="472" />
            <source>Only the gathering's host laptop can remove a laptop.</source>
            <translation>Solo la computadora anfitriona del encuentro puede retirar una computadora.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="478" />
            <source>There is no laptop {device} in this gathering to remove.</source>
            <translation>No hay ninguna computadora {device} en este encuentro para retirar.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="514" />
            <source>This laptop has not joined a gathering yet, so it cannot seal or open bundles; the host invites it first (sync join-request, sync invite, sync join).</source>
            <translation>Esta computadora todavía no se unió a un encuentro, así que no puede sellar ni abrir paquetes; primero la invita la anfitriona (sync join-request, sync invite, sync join).</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="602" />
            <source>This laptop was removed from the gathering {title}; its bundles would be refused, so none was written.</source>
            <translation>Esta computadora fue retirada del encuentro {title}; sus paquetes serían rechazados, así que no se escribió ninguno.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="708" />
            <location filename="../../cle_desktop/sync/trust.py" line="967" />
            <source>{name} claims to come from laptop {laptop} but is not signed by it; it was altered or forged, and nothing was imported.</source>
            <translation>{name} dice venir de la computadora {laptop}, pero no está firmado por ella; fue alterado o falsificado, y no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="733" />
            <source>The bundle holds changes written by {laptop}, which was not invited to this gathering; nothing was imported.</source>
            <translation>El paquete contiene cambios escritos por {laptop}, que no fue invitada a este encuentro; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="742" />
            <source>The bundle holds changes laptop {laptop} wrote after it was removed from this gathering; nothing was imported.</source>
            <translation>El paquete contiene cambios que la computadora {laptop} escribió después de ser retirada de este encuentro; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="771" />
            <location filename="../../cle_desktop/sync/trust.py" line="818" />
            <source>A change in the bundle names laptop {laptop} but is not signed by it (forged, altered, or replayed under its name); nothing was imported.</source>
            <translation>Un cambio del paquete nombra a la computadora {laptop}, pero no está firmado por ella (falsificado, alterado o repetido con su nombre); no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="870" />
            <source>{name} is sealed for laptops of a gathering this laptop does not hold the key of (another gathering, or made before this laptop was invited); ask the laptop that made it for a new bundle.</source>
            <translation>{name} está sellado para computadoras de un encuentro cuya clave no tiene esta computadora (otro encuentro, o se hizo antes de que esta computadora fuera invitada); pida un paquete nuevo a la computadora que lo hizo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="880" />
            <source>{name} was sealed by a newer CLE Desktop; update this laptop's app first.</source>
            <translation>{name} lo selló una versión más nueva de CLE Desktop; actualice primero la aplicación de esta computadora.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="887" />
            <source>{name} is damaged or was altered after it was sealed; copy it again from the laptop that made it.</source>
            <translation>{name} está dañado o se alteró después de sellarlo; cópielo otra vez desde la computadora que lo hizo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="898" />
            <source>{name} is not sealed for this gathering (an older CLE Desktop, or made outside it); nothing was imported.</source>
            <translation>{name} no está sellado para este encuentro (una versión anterior de CLE Desktop, o se hizo fuera de él); no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="929" />
            <source>{name} comes from {laptop}, which was not invited to this gathering; nothing was imported.</source>
            <translation>{name} viene de {laptop}, que no fue invitada a este encuentro; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/sync/trust.py" line="939" />
            <source>{name} comes from laptop {laptop}, which was removed from this gathering; nothing was imported.</source>
            <translation>{name} viene de la computadora {laptop}, que fue retirada de este encuentro; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/services/gatherings.py" line="190" />
            <source>A session cannot end before it starts.</source>
            <translation>Una sesión no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/services/gatherings.py" line="197" />
            <location filename="../work/h-workday/cle_desktop/services/gatherings.py" line="207" />
            <source>That session no longer exists.</source>
            <translation>Esa sesión ya no existe.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/services/preferences.py" line="44" />
            <source>A name can be at most {limit} characters long.</source>
            <translation>Un nombre puede tener como mucho {limit} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="345" />
            <source>1 place still shows both versions: choose or edit it, then save.</source>
            <translation>Queda 1 lugar con las dos versiones: elija una o edítelo, y guarde.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="345" />
            <source>{count} places still show both versions: choose or edit them, then save.</source>
            <translation>Quedan {count} lugares con las dos versiones: elija o edítelos, y guarde.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="345" />
            <source>The merged text is empty: write the text, or keep one of the versions.</source>
            <translation>El texto combinado está vacío: escriba el texto o conserve una de las versiones.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="345" />
            <source>That version is not there to keep.</source>
            <translation>Esa versión ya no está disponible.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/services/sync.py" line="345" />
            <source>Only two versions of a text can be merged.</source>
            <translation>Solo se pueden combinar dos versiones de un texto.</translation>
        </message>
        <message>
            <source>Cancelled. No report was written.</source>
            <translation>Cancelado. No se escribió ningún informe.</translation>
        </message>
        <message>
            <source>Cancelled. No bundle was written.</source>
            <translation>Cancelado. No se escribió ningún paquete.</translation>
        </message>
        <message>
            <source>Cancelled. The import was rolled back: nothing on this laptop changed.</source>
            <translation>Cancelado. La importación se deshizo: nada cambió en esta computadora.</translation>
        </message>
        <message>
            <source>Cancelled. The bundles imported ({count}) are kept; no bundle was left in the folder for the others.</source>
            <translation>Cancelado. Los paquetes importados ({count}) se conservan; no se dejó ningún paquete en la carpeta para las demás.</translation>
        </message>
        <message>
            <source>Cancelled. The bundles imported before ({count}) are kept; the one being read was rolled back, and nothing was left in the folder for the others.</source>
            <translation>Cancelado. Los paquetes importados antes ({count}) se conservan; el que se estaba leyendo se deshizo y no se dejó nada en la carpeta para las demás.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelado. No se cambió nada.</translation>
        </message>
        <message>
            <source>The PDF could not be made: the Pango text library is missing on this computer (on Debian or Ubuntu: apt install libpango-1.0-0 libpangoft2-1.0-0). The HTML and DOCX reports work without it.</source>
            <translation>No se pudo crear el PDF: falta la biblioteca de texto Pango en esta computadora (en Debian o Ubuntu: apt install libpango-1.0-0 libpangoft2-1.0-0). Los informes HTML y DOCX funcionan sin ella.</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="141" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="142" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="143" />
            <location filename="../../cle_desktop/ui/labels.py" line="144" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="145" />
            <source>Pseudonym</source>
            <translation>Seudónimo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="146" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="147" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="148" />
            <source>Age band</source>
            <translation>Edad</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="149" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="150" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="151" />
            <source>Sharing level</source>
            <translation>Nivel para compartir</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="152" />
            <source>Caption</source>
            <translation>Pie de foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="153" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="154" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="155" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="156" />
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="157" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="158" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="159" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="160" />
            <source>Deleted</source>
            <translation>Borrado</translation>
        </message>
    </context>
    <context>
        <name>GatheringDialog</name>
    <message>
        <source>Name the gathering you are capturing. Its sessions and people come next.</source>
        <translation>Dé un nombre al encuentro que va a registrar. Sus sesiones y personas vienen después.</translation>
    </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="26" />
            <source>New gathering</source>
            <translation>Nuevo encuentro</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="29" />
            <location filename="../../cle_desktop/ui/first_run.py" line="46" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="31" />
            <location filename="../../cle_desktop/ui/first_run.py" line="47" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="33" />
            <location filename="../../cle_desktop/ui/first_run.py" line="48" />
            <source>Host community</source>
            <translation>Comunidad anfitriona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="35" />
            <location filename="../../cle_desktop/ui/first_run.py" line="49" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="42" />
            <source>Welcome to CLE Desktop. Start by naming the gathering you are capturing.</source>
            <translation>Le damos la bienvenida a CLE Desktop. Empiece por darle un nombre al encuentro que va a registrar.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="50" />
            <source>Starts</source>
            <translation>Comienza</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="51" />
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="55" />
            <source>Create gathering</source>
            <translation>Crear encuentro</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="62" />
            <source>Open the demo gathering instead</source>
            <translation>O abra el encuentro de demostración</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="73" />
            <source>A title is needed</source>
            <translation>Hace falta un título</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/first_run.py" line="72" />
            <source>Gathering details</source>
            <translation>Datos del encuentro</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/first_run.py" line="74" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>InventoryPanel</name>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="127" />
            <source>Asset inventory</source>
            <translation>Inventario de recursos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="129" />
            <source>Filter assets, gifts and hopes</source>
            <translation>Filtrar recursos, dones y esperanzas</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="130" />
            <source>Filter</source>
            <translation>Filtrar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="133" />
            <location filename="../../cle_desktop/ui/review/inventory.py" line="134" />
            <source>New name</source>
            <translation>Nombre nuevo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="135" />
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="138" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="141" />
            <source>Set category</source>
            <translation>Asignar categoría</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="147" />
            <source>Likely duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="148" />
            <location filename="../../cle_desktop/ui/review/inventory.py" line="150" />
            <source>Merge selected pair</source>
            <translation>Combinar el par seleccionado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="152" />
            <location filename="../../cle_desktop/ui/review/inventory.py" line="153" />
            <source>Undo merge</source>
            <translation>Deshacer la combinación</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="155" />
            <source>Likely duplicates (named differently by different note-takers)</source>
            <translation>Posibles duplicados (nombrados de distinta forma por distintas personas que tomaron notas)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="180" />
            <source>“{0}” ({1} stories)  ⟵  “{2}” ({3} stories)   similarity {4:.0%}</source>
            <translation>“{0}” ({1} historias)  ⟵  “{2}” ({3} historias)   similitud {4:.0%}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/inventory.py" line="212" />
            <source>Merge assets</source>
            <translation>Combinar recursos</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>The story could not be saved and no copy could be written on this disk (it may be full). Choose another place, such as a USB stick, for a copy.</source>
            <translation>No se pudo guardar la historia ni escribir una copia en este disco (puede estar lleno). Elija otro lugar para la copia, como una memoria USB.</translation>
        </message>
        <message>
            <source>Save a copy to…</source>
            <translation>Guardar una copia en…</translation>
        </message>
        <message>
            <source>The story could not be saved in the database. What you typed is not lost: it is in {0}</source>
            <translation>No se pudo guardar la historia en la base de datos. Lo que escribió no se perdió: está en {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="43" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="48" />
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="55" />
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="72" />
            <source>CLE Desktop</source>
            <translation>CLE Desktop</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="76" />
            <source>Story desk</source>
            <translation>Mesa de historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="33" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="40" />
            <source>Photos &amp;&amp; artifacts</source>
            <translation>Fotos y objetos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="199" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="112" />
            <source>&amp;Gathering</source>
            <translation>&amp;Encuentro</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="113" />
            <source>New gathering…</source>
            <translation>Nuevo encuentro…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="116" />
            <source>Switch to</source>
            <translation>Cambiar a</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="120" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="124" />
            <source>&amp;Story</source>
            <translation>&amp;Historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="125" />
            <source>New story</source>
            <translation>Nueva historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="130" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="132" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="136" />
            <source>Search…</source>
            <translation>Buscar…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="158" />
            <source>{0} — CLE Desktop</source>
            <translation>{0} — CLE Desktop</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="180" />
            <source>Cannot create</source>
            <translation>No se pudo crear</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="309" />
            <source>What you typed was not lost: it is in {0}</source>
            <translation>Lo que escribió no se perdió: está en {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/main_window.py" line="310" />
            <source>Text kept</source>
            <translation>Texto guardado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/launch.py" line="193" />
            <source>Opening {0}…</source>
            <translation>Abriendo {0}…</translation>
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="78" />
            <source>Community asset map</source>
            <translation>Mapa de recursos de la comunidad</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="90" />
            <source>Assets not yet on the map</source>
            <translation>Recursos que aún no están en el mapa</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="94" />
            <source>Prepare offline area…</source>
            <translation>Preparar área sin conexión…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="96" />
            <source>While online: download the map tiles of this area for the gathering</source>
            <translation>Mientras tenga conexión: descargue los mosaicos del mapa de esta área para el encuentro</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="99" />
            <source>Place on map…</source>
            <translation>Ubicar en el mapa…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="103" />
            <source>Drag pins to move them. To place an asset, drag it onto the map, or choose it, press Place, then click the map.</source>
            <translation>Arrastre los marcadores para moverlos. Para ubicar un recurso, arrástrelo al mapa, o selecciónelo, presione «Ubicar en el mapa…» y luego haga clic en el mapa.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="110" />
            <source>Not on the map yet</source>
            <translation>Aún no están en el mapa</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="160" />
            <source>Assets</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="161" />
            <source>Gifts</source>
            <translation>Dones</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="162" />
            <source>Hopes</source>
            <translation>Esperanzas</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="163" />
            <source>mentioned in {n} stories</source>
            <translation>mencionado en {n} historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="164" />
            <source>Open the story</source>
            <translation>Abrir la historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="165" />
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="166" />
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="167" />
            <source>All sessions</source>
            <translation>Todas las sesiones</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="168" />
            <source>All teller roles</source>
            <translation>Todos los roles de narradores</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" line="200" />
            <source>Now click the map where “{0}” is.</source>
            <translation>Ahora haga clic en el mapa donde está “{0}”.</translation>
        </message>
        <message>
            <source>Stop placing</source>
            <translation>Dejar de ubicar</translation>
        </message>
        <message>
            <source>mentioned in {n} story</source>
            <translation>mencionado en {n} historia</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>%n assets are not shown on this map: </source>
            <translation>
                <numerusform>%n recurso no se muestra en este mapa: </numerusform>
                <numerusform>%n recursos no se muestran en este mapa: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>%n lie outside what this base map covers.</source>
            <translation>
                <numerusform>%n queda fuera de lo que cubre este mapa base.</numerusform>
                <numerusform>%n quedan fuera de lo que cubre este mapa base.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Assets not shown on this map</source>
            <translation>Recursos que no se muestran en este mapa</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Base map</source>
            <translation>Mapa base</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Why the base map was not changed</source>
            <translation>Por qué no se cambió el mapa base</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>No base map</source>
            <translation>Sin mapa base</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Show the pins by latitude and longitude alone</source>
            <translation>Mostrar los marcadores solo por latitud y longitud</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Tile archive (MBTiles or PMTiles)…</source>
            <translation>Archivo de mosaicos (MBTiles o PMTiles)…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Photo of the drawn map…</source>
            <translation>Foto del mapa dibujado…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Georeference the drawn map…</source>
            <translation>Georreferenciar el mapa dibujado…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Match two or three points of the drawing to their real places</source>
            <translation>Hacer coincidir dos o tres puntos del dibujo con sus lugares reales</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Base map…</source>
            <translation>Mapa base…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Georeference…</source>
            <translation>Georreferenciar…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Choose a tile archive</source>
            <translation>Elegir un archivo de mosaicos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Tile archives</source>
            <translation>Archivos de mosaicos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Choose a photo of the drawn map</source>
            <translation>Elegir una foto del mapa dibujado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Choose a photo of the drawn map first.</source>
            <translation>Elija primero una foto del mapa dibujado.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Tile archive “{0}”.</source>
            <translation>Archivo de mosaicos «{0}».</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Drawn map “{0}”, georeferenced.</source>
            <translation>Mapa dibujado «{0}», georreferenciado.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Drawn map “{0}”, not georeferenced: it has no scale.</source>
            <translation>Mapa dibujado «{0}», sin georreferenciar: no tiene escala.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>None: the pins by latitude and longitude.</source>
            <translation>Ninguno: los marcadores por latitud y longitud.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source> and {0} more</source>
            <translation> y {0} más</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>Placed by latitude and longitude, they need the drawing georeferenced (or a spot on it).</source>
            <translation>Están ubicados por latitud y longitud: hace falta georreferenciar el dibujo (o darles un sitio en él).</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>They have no spot on this drawing yet.</source>
            <translation>Todavía no tienen un sitio en este dibujo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>They are placed only on a drawn map that is not georeferenced; place them here too, or georeference that drawing.</source>
            <translation>Solo están ubicados en un mapa dibujado sin georreferenciar; ubíquelos también aquí o georreferencie ese dibujo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>outside this base map</source>
            <translation>fuera de este mapa base</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>placed by latitude/longitude</source>
            <translation>ubicado por latitud/longitud</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>on a drawing</source>
            <translation>en un dibujo</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="52" />
            <location filename="../../cle_desktop/ui/people.py" line="73" />
            <location filename="../../cle_desktop/ui/people.py" line="89" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="53" />
            <location filename="../../cle_desktop/ui/people.py" line="76" />
            <location filename="../../cle_desktop/ui/people.py" line="91" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="54" />
            <location filename="../../cle_desktop/ui/people.py" line="92" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="55" />
            <location filename="../../cle_desktop/ui/people.py" line="79" />
            <location filename="../../cle_desktop/ui/people.py" line="93" />
            <source>Age band</source>
            <translation>Edad</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="56" />
            <location filename="../../cle_desktop/ui/people.py" line="82" />
            <location filename="../../cle_desktop/ui/people.py" line="94" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="57" />
            <location filename="../../cle_desktop/ui/people.py" line="100" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="60" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="75" />
            <location filename="../../cle_desktop/ui/people.py" line="90" />
            <source>Pseudonym</source>
            <translation>Seudónimo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="78" />
            <source>Team or home community</source>
            <translation>Equipo o comunidad de origen</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="83" />
            <source>Add person</source>
            <translation>Añadir persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="85" />
            <source>Save details</source>
            <translation>Guardar datos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="87" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="104" />
            <source>None: stays on this laptop</source>
            <translation>Ninguno: se queda en esta computadora</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="105" />
            <source>Internal: host team</source>
            <translation>Interno: equipo anfitrión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="106" />
            <source>Network: CLE partners</source>
            <translation>Red: aliados de CLE</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="107" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="109" />
            <source>Story sharing level</source>
            <translation>Nivel para compartir historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="111" />
            <source>Use their name (else the pseudonym)</source>
            <translation>Usar su nombre (si no, el seudónimo)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="112" />
            <source>Photo release</source>
            <translation>Autorización de fotos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="113" />
            <source>Audio release</source>
            <translation>Autorización de audio</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="114" />
            <source>Minor (under 18)</source>
            <translation>Menor de edad (menos de 18)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="115" />
            <source>Guardian permission</source>
            <translation>Permiso del tutor</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="116" />
            <source>The young person's own assent</source>
            <translation>Asentimiento de la persona joven</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="118" />
            <location filename="../../cle_desktop/ui/people.py" line="139" />
            <source>Collected by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="128" />
            <source>Sharing</source>
            <translation>Compartir</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="140" />
            <source>Record consent</source>
            <translation>Registrar consentimiento</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="143" />
            <source>Withdraw…</source>
            <translation>Retirar…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="147" />
            <source>Erase everywhere…</source>
            <translation>Borrar en todas partes…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="149" />
            <source>Erase this withdrawn person everywhere</source>
            <translation>Borrar en todas partes a esta persona que retiró su consentimiento</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="203" />
            <source>⚠ Not recorded</source>
            <translation>⚠ Sin registrar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="206" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="225" />
            <source>{0} people · {1} without recorded consent</source>
            <translation>{0} personas · {1} sin consentimiento registrado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="244" />
            <source>No consent recorded: nothing of this person leaves the laptop.</source>
            <translation>No hay consentimiento registrado: nada de esta persona sale de esta computadora.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="267" />
            <source>Withdrawn: nothing of this person appears in any export.</source>
            <translation>Retirado: nada de esta persona aparece en ninguna exportación.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="269" />
            <source>Effective sharing level: {0}</source>
            <translation>Nivel vigente para compartir: {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="288" />
            <source>Cannot add</source>
            <translation>No se pudo añadir</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="292" />
            <source>Added {0}</source>
            <translation>Se añadió a {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="318" />
            <source>Cannot save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="340" />
            <source>Consent recorded</source>
            <translation>Consentimiento registrado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="348" />
            <source>Withdraw {0}? Their {1} stories, their name, and every photo showing them will disappear from every report and export. This is recorded and travels to other laptops.</source>
            <translation>¿Retirar el consentimiento de {0}? Sus {1} historias, su nombre y todas las fotos en las que aparece desaparecerán de todos los informes y exportaciones. Esto queda registrado y llega también a las demás computadoras.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="351" />
            <source>Withdraw consent</source>
            <translation>Retirar consentimiento</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="370" />
            <source>Erase {0} everywhere? Their name and the words of the {1} stories they told or co-told are erased on this laptop now and on every other laptop at its next sync. Photos stay for the other people in them but no longer name this person. This cannot be undone.</source>
            <translation>¿Borrar a {0} en todas partes? Su nombre y las palabras de las {1} historias que contó o ayudó a contar se borran ahora en esta computadora, y en cada una de las demás en su próxima sincronización. Las fotos se conservan para las demás personas que aparecen en ellas, pero ya no nombran a esta persona. Esto no se puede deshacer.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="375" />
            <source>Erase everywhere</source>
            <translation>Borrar en todas partes</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="381" />
            <source>Erased. Sync with the other laptops to erase it there too.</source>
            <translation>Borrado. Sincronice con las demás computadoras para borrarlo también allí.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/people.py" line="79" />
            <source>Filter by name, role or team</source>
            <translation>Filtrar por nombre, papel o equipo</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/people.py" line="80" />
            <source>Filter people</source>
            <translation>Filtrar personas</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/people.py" line="85" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/people.py" line="87" />
            <source>Everyone</source>
            <translation>Todas las personas</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/people.py" line="88" />
            <source>No consent recorded</source>
            <translation>Sin consentimiento registrado</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/people.py" line="90" />
            <source>Minors</source>
            <translation>Menores</translation>
        </message>
        <message numerus="yes">
            <location filename="../work/h-workday/cle_desktop/ui/people.py" line="275" />
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../work/h-workday/cle_desktop/ui/people.py" line="277" />
            <source>%n without recorded consent</source>
            <translation>
                <numerusform>%n sin consentimiento registrado</numerusform>
                <numerusform>%n sin consentimiento registrado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="426" />
            <source>Withdraw {0}? {1}, {2} and their name will disappear from every report and export. This is recorded and travels to other laptops.</source>
            <translation>¿Retirar el consentimiento de {0}? {1}, {2} y su nombre desaparecerán de todos los informes y exportaciones. Esto queda registrado y llega también a las demás computadoras.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cle_desktop/ui/people.py" line="431" />
            <source>%n stories they told</source>
            <translation>
                <numerusform>%n historia que contó</numerusform>
                <numerusform>%n historias que contó</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cle_desktop/ui/people.py" line="432" />
            <source>%n photos showing them</source>
            <translation>
                <numerusform>%n foto en la que aparece</numerusform>
                <numerusform>%n fotos en las que aparece</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="421" />
            <source>Not withdrawn</source>
            <translation>No se retiró</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="445" />
            <source>Consent withdrawn</source>
            <translation>Consentimiento retirado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/people.py" line="470" />
            <source>Not erased</source>
            <translation>No se borró</translation>
        </message>
        <message numerus="yes">
            <source>Withdraw {0}? Their %n stories, their name, and every photo showing them will disappear from every report and export. This is recorded and travels to other laptops.</source>
            <translation>
                <numerusform>¿Retirar el consentimiento de {0}? Su %n historia, su nombre y todas las fotos en las que aparece desaparecerán de todos los informes y exportaciones. Esto queda registrado y llega también a las demás computadoras.</numerusform>
                <numerusform>¿Retirar el consentimiento de {0}? Sus %n historias, su nombre y todas las fotos en las que aparece desaparecerán de todos los informes y exportaciones. Esto queda registrado y llega también a las demás computadoras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase {0} everywhere? Their name and the words of the %n stories they told or co-told are erased on this laptop now and on every other laptop at its next sync. Photos stay for the other people in them but no longer name this person. This cannot be undone.</source>
            <translation>
                <numerusform>¿Borrar a {0} en todas partes? Su nombre y las palabras de la %n historia que contó o ayudó a contar se borran ahora en esta computadora, y en cada una de las demás en su próxima sincronización. Las fotos se conservan para las demás personas que aparecen en ellas, pero ya no nombran a esta persona. Esto no se puede deshacer.</numerusform>
                <numerusform>¿Borrar a {0} en todas partes? Su nombre y las palabras de las %n historias que contó o ayudó a contar se borran ahora en esta computadora, y en cada una de las demás en su próxima sincronización. Las fotos se conservan para las demás personas que aparecen en ellas, pero ya no nombran a esta persona. Esto no se puede deshacer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhotosPage</name>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="52" />
            <source>Import photos…</source>
            <translation>Importar fotos…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="57" />
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="59" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="64" />
            <source>or drop photos or folders here</source>
            <translation>o arrastre aquí fotos o carpetas</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="76" />
            <location filename="../../cle_desktop/ui/photos_page.py" line="167" />
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="80" />
            <location filename="../../cle_desktop/ui/photos_page.py" line="95" />
            <source>Caption</source>
            <translation>Pie de foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="83" />
            <source>People depicted</source>
            <translation>Personas que aparecen</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="86" />
            <location filename="../../cle_desktop/ui/photos_page.py" line="87" />
            <source>Link to story</source>
            <translation>Vincular a historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="123" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="96" />
            <source>People in it</source>
            <translation>Personas en la foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="99" />
            <source>Story</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="107" />
            <source>What this photo is linked to</source>
            <translation>A qué está vinculada esta foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="128" />
            <source>Artifacts</source>
            <translation>Objetos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="161" />
            <source>Untitled story</source>
            <translation>Historia sin título</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="168" />
            <source>Import photos</source>
            <translation>Importar fotos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="204" />
            <source>Cancelling import…</source>
            <translation>Cancelando la importación…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="209" />
            <source>%v of %m photos</source>
            <translation>%v de %m fotos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="220" />
            <source>Imported {0} photos; {1} already here; {2} could not be read.</source>
            <translation>Se importaron {0} fotos; {1} ya estaban; {2} no se pudieron leer.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="227" />
            <source>Some photos were not imported</source>
            <translation>Algunas fotos no se importaron</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="234" />
            <source>Import stopped</source>
            <translation>La importación se detuvo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="268" />
            <source>No photo release from {0}: this photo will not appear in any export.</source>
            <translation>Falta la autorización de fotos de {0}: esta foto no aparecerá en ninguna exportación.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="312" />
            <source>Linked to: {0}</source>
            <translation>Vinculada a: {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="314" />
            <source>Not linked to a story or an artifact yet.</source>
            <translation>Todavía no está vinculada a una historia ni a un objeto.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/photos_page.py" line="323" />
            <source>Photo linked to the story</source>
            <translation>Foto vinculada a la historia</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photos_page.py" line="82" />
            <source>Open larger</source>
            <translation>Ver en grande</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photos_page.py" line="85" />
            <source>Delete photo</source>
            <translation>Borrar la foto</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photos_page.py" line="93" />
            <source>Who is in this photo? Tick the people in it; until then it stays out of the public report.</source>
            <translation>¿Quién aparece en esta foto? Marque a las personas; hasta entonces queda fuera del informe público.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photos_page.py" line="333" />
            <source>“{0}”</source>
            <translation>«{0}»</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photos_page.py" line="389" />
            <source>Photo deleted. Undo with {0}.</source>
            <translation>Foto borrada. Se deshace con {0}.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photos_page.py" line="401" />
            <source>delete photo</source>
            <translation>el borrado de la foto</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photos_page.py" line="100" />
            <source>Nobody is in this photo (a place or an object)</source>
            <translation>No aparece nadie en esta foto (un lugar o un objeto)</translation>
        </message>
        <message>
            <source>Looking at the photos…</source>
            <translation>Revisando las fotos…</translation>
        </message>
        <message numerus="yes">
            <source>{0} of %Ln photos</source>
            <translation>
                <numerusform>{0} de %Ln foto</numerusform>
                <numerusform>{0} de %Ln fotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln photos</source>
            <translation>
                <numerusform>Se importó %Ln foto</numerusform>
                <numerusform>Se importaron %Ln fotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here</source>
            <translation>
                <numerusform>%Ln ya estaba aquí</numerusform>
                <numerusform>%Ln ya estaban aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln could not be read</source>
            <translation>
                <numerusform>%Ln no se pudo leer</numerusform>
                <numerusform>%Ln no se pudieron leer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import cancelled: the photos imported before are kept, %Ln not imported.</source>
            <translation>
                <numerusform>Importación cancelada: las fotos importadas antes se conservan; %Ln no se importó.</numerusform>
                <numerusform>Importación cancelada: las fotos importadas antes se conservan; %Ln no se importaron.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrefetchDialog</name>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="30" />
            <source>Prepare an offline map area</source>
            <translation>Preparar un área del mapa para usar sin conexión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="36" />
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="49" />
            <source>Tile address</source>
            <translation>Dirección de los mosaicos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="38" />
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="50" />
            <source>Attribution</source>
            <translation>Atribución</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="51" />
            <source>From zoom</source>
            <translation>Desde el zoom</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="52" />
            <source>To zoom</source>
            <translation>Hasta el zoom</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="56" />
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="63" />
            <source>The area shown on the map now will be downloaded, politely, for use offline.</source>
            <translation>El área que se ve ahora en el mapa se descargará poco a poco, sin saturar el servidor, para usarla sin conexión.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="78" />
            <source>{0} tiles (the limit is {1}).</source>
            <translation>{0} mosaicos (el límite es {1}).</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/prefetch_dialog.py" line="118" />
            <source>Downloaded {0}, already had {1}, failed {2}.</source>
            <translation>Descargados: {0}; ya estaban: {1}; con error: {2}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln tiles (the limit is {0}).</source>
            <translation>
                <numerusform>%Ln tesela (el límite es {0}).</numerusform>
                <numerusform>%Ln teselas (el límite es {0}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="61" />
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="62" />
            <source>Whose voices were heard</source>
            <translation>Qué voces se escucharon</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="63" />
            <source>Asset inventory</source>
            <translation>Inventario de recursos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="64" />
            <source>Story browser</source>
            <translation>Explorador de historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="67" />
            <source>Report format</source>
            <translation>Formato del informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="71" />
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="73" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="74" />
            <source>CLE network</source>
            <translation>Red CLE</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="75" />
            <source>Host team only</source>
            <translation>Solo el equipo anfitrión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="81" />
            <source>Report language</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="85" />
            <source>Export report…</source>
            <translation>Exportar informe…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="89" />
            <source>Report:</source>
            <translation>Informe:</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="105" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="107" />
            <source>Consent state</source>
            <translation>Estado del consentimiento</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="108" />
            <source>All stories</source>
            <translation>Todas las historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="109" />
            <source>⚠ A teller has no recorded consent</source>
            <translation>⚠ Un narrador no tiene consentimiento registrado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="110" />
            <source>Shareable publicly</source>
            <translation>Se pueden compartir públicamente</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="112" />
            <source>Tag kind</source>
            <translation>Tipo de etiqueta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="113" />
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="117" />
            <source>Stories</source>
            <translation>Historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="134" />
            <source>All sessions</source>
            <translation>Todas las sesiones</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="149" />
            <source>&lt;b&gt;{0}&lt;/b&gt; stories · &lt;b&gt;{1}&lt;/b&gt; participants · &lt;b&gt;{2}&lt;/b&gt; photos · &lt;b&gt;{3}&lt;/b&gt; artifacts · &lt;b&gt;{4}&lt;/b&gt; stories with a teller whose consent is not recorded</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; historias · &lt;b&gt;{1}&lt;/b&gt; participantes · &lt;b&gt;{2}&lt;/b&gt; fotos · &lt;b&gt;{3}&lt;/b&gt; objetos · &lt;b&gt;{4}&lt;/b&gt; historias con un narrador cuyo consentimiento no está registrado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="157" />
            <source>Tags by kind</source>
            <translation>Etiquetas por tipo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="159" />
            <source>Tags by ABCD category</source>
            <translation>Etiquetas por categoría ABCD</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="163" />
            <source>Stories by session</source>
            <translation>Historias por sesión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="164" />
            <source>Stories by day</source>
            <translation>Historias por día</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="175" />
            <source>Young people told {0:.0%} of the stories; elders {1:.0%}.</source>
            <translation>Los jóvenes contaron el {0:.0%} de las historias; los mayores, el {1:.0%}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="184" />
            <source>Stories by teller role</source>
            <translation>Historias por rol del narrador</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="189" />
            <source>Stories by generation</source>
            <translation>Historias por generación</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="197" />
            <source>Tagged passages by teller role</source>
            <translation>Fragmentos etiquetados por rol del narrador</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="224" />
            <source>Untitled story</source>
            <translation>Historia sin título</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="235" />
            <source>Export report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="250" />
            <source>Writing the report…</source>
            <translation>Generando el informe…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="255" />
            <source>Report written to {0}</source>
            <translation>Informe guardado en {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="261" />
            <source>The report was not written</source>
            <translation>No se pudo generar el informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="280" />
            <source>Withdraw {0}? {1} stories they told, {2} photos showing them, and their name will disappear from every report and export.</source>
            <translation>¿Retirar el consentimiento de {0}? Las {1} historias que contó, las {2} fotos en las que aparece y su nombre desaparecerán de todos los informes y exportaciones.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="282" />
            <source>Withdraw consent</source>
            <translation>Retirar consentimiento</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/review/page.py" line="287" />
            <source>Not withdrawn</source>
            <translation>No se retiró</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="118" />
            <source>Sort stories by</source>
            <translation>Ordenar las historias por</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="120" />
            <source>Newest first</source>
            <translation>Más recientes primero</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="121" />
            <source>Oldest first</source>
            <translation>Más antiguas primero</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="122" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="123" />
            <source>Teller</source>
            <translation>Narrador</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="252" />
            <source>no teller yet</source>
            <translation>sin narrador todavía</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="253" />
            <source>no session</source>
            <translation>sin sesión</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="194" />
            <source>Young people told {0} of the {1} stories; elders {2}. (A story with several tellers counts for each of their generations.)</source>
            <translation>Los jóvenes contaron el {0} de las {1} historias; los mayores, el {2}. (Una historia con varios narradores cuenta para cada una de sus generaciones.)</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="207" />
            <source>Voices not heard: {0} (at the gathering, but no story told).</source>
            <translation>Voces que no se escucharon: {0} (estaban en el encuentro, pero no contaron ninguna historia).</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="211" />
            <source>Every role and generation present told at least one story.</source>
            <translation>Cada papel y cada generación presentes contaron al menos una historia.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="197" />
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="201" />
            <source>{0}%</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="354" />
            <source>Withdraw {0}? {1}, {2} and their name will disappear from every report and export.</source>
            <translation>¿Retirar a {0}? {1}, {2} y su nombre desaparecerán de todos los informes y exportaciones.</translation>
        </message>
        <message numerus="yes">
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="357" />
            <source>%n stories they told</source>
            <translation>
                <numerusform>%n historia que contó</numerusform>
                <numerusform>%n historias que contó</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../work/h-workday/cle_desktop/ui/review/page.py" line="358" />
            <source>%n photos showing them</source>
            <translation>
                <numerusform>%n foto en la que aparece</numerusform>
                <numerusform>%n fotos en las que aparece</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="57" />
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="58" />
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="59" />
            <source>Teacher</source>
            <translation>Docente</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="60" />
            <source>School leader</source>
            <translation>Líder escolar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="61" />
            <source>Community member</source>
            <translation>Integrante de la comunidad</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="62" />
            <source>Partner</source>
            <translation>Persona aliada</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="63" />
            <source>Elder</source>
            <translation>Persona mayor</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="64" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="65" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../cle_desktop/ui/search_panel.py" line="23" />
            <source>Search stories, captions, assets, people (Ctrl+F)</source>
            <translation>Buscar historias, pies de foto, recursos, personas (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/search_panel.py" line="24" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/search_panel.py" line="27" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/search_panel.py" line="57" />
            <source>Story</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/search_panel.py" line="58" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/search_panel.py" line="59" />
            <source>Asset</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/search_panel.py" line="60" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/search_panel.py" line="67" />
            <source>{0} results</source>
            <translation>{0} resultados</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/search_panel.py" line="28" />
            <source>Search stories, captions, assets, people ({0})</source>
            <translation>Buscar en historias, pies de foto, recursos y personas ({0})</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/search_panel.py" line="70" />
            <source>“</source>
            <translation>«</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/search_panel.py" line="70" />
            <source>”</source>
            <translation>»</translation>
        </message>
        <message numerus="yes">
            <location filename="../work/h-workday/cle_desktop/ui/search_panel.py" line="74" />
            <source>%n results</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharingLevel</name>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="84" />
            <source>Not shared</source>
            <translation>No se comparte</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="85" />
            <source>Internal</source>
            <translation>Interno</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="86" />
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="87" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
    </context>
    <context>
        <name>StoryDesk</name>
        <message>
            <source>Review both versions</source>
            <translation>Revisar las dos versiones</translation>
        </message>
        <message>
            <source>This story was also changed elsewhere while it was open here. Both versions are kept; this one is shown.</source>
            <translation>Esta historia también se cambió en otro lugar mientras estaba abierta aquí. Se guardan las dos versiones; se muestra esta.</translation>
        </message>
        <message>
            <source>Not saved yet: {0} Your text is still here; trying again every few seconds.</source>
            <translation>Aún no se guardó: {0} Su texto sigue aquí; se vuelve a intentar cada pocos segundos.</translation>
        </message>
        <message>
            <source>A copy is in {0}</source>
            <translation>Hay una copia en {0}</translation>
        </message>
        <message>
            <source>the disk is full.</source>
            <translation>el disco está lleno.</translation>
        </message>
        <message>
            <source>the database is busy.</source>
            <translation>la base de datos está ocupada.</translation>
        </message>
        <message>
            <source>the database could not be written.</source>
            <translation>no se pudo escribir en la base de datos.</translation>
        </message>
        <message>
            <source>set the category</source>
            <translation>el cambio de categoría</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="69" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="90" />
            <source>tag as {0}</source>
            <translation>la etiqueta como {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="111" />
            <source>link to an asset</source>
            <translation>el vínculo con un recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="143" />
            <location filename="../../cle_desktop/ui/story_desk.py" line="152" />
            <source>Stories</source>
            <translation>Historias</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="146" />
            <source>New story  (Ctrl+N)</source>
            <translation>Nueva historia  (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="160" />
            <location filename="../../cle_desktop/ui/story_desk.py" line="161" />
            <source>Story title</source>
            <translation>Título de la historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="164" />
            <source>Who is telling? Type names, separated by commas</source>
            <translation>¿Quién cuenta la historia? Escriba los nombres separados por comas</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="166" />
            <location filename="../../cle_desktop/ui/story_desk.py" line="185" />
            <source>Tellers</source>
            <translation>Narradores</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="173" />
            <location filename="../../cle_desktop/ui/story_desk.py" line="190" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="175" />
            <location filename="../../cle_desktop/ui/story_desk.py" line="188" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="194" />
            <source>Story text</source>
            <translation>Texto de la historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="196" />
            <source>Type the story as it is told. It is saved as you type.</source>
            <translation>Escriba la historia como se cuenta. Se guarda mientras escribe.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="201" />
            <source>Asset</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="202" />
            <source>Gift</source>
            <translation>Don</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="203" />
            <source>Hope</source>
            <translation>Esperanza</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="207" />
            <source>Select a passage, then tag it as {0}</source>
            <translation>Seleccione un fragmento y luego etiquételo como {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="229" />
            <source>Tags in this story</source>
            <translation>Etiquetas de esta historia</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="233" />
            <source>Link to asset: type a name</source>
            <translation>Nombre del recurso a vincular</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="234" />
            <source>Linked asset</source>
            <translation>Recurso vinculado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="252" />
            <source>ABCD category</source>
            <translation>Categoría ABCD</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="253" />
            <source>(category)</source>
            <translation>(categoría)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="260" />
            <source>Assets, gifts and hopes</source>
            <translation>Recursos, dones y esperanzas</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="335" />
            <source>(no session)</source>
            <translation>(sin sesión)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="452" />
            <source>New story started</source>
            <translation>Se comenzó una historia nueva</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="370" />
            <location filename="../../cle_desktop/ui/story_desk.py" line="476" />
            <location filename="../../cle_desktop/ui/story_desk.py" line="481" />
            <location filename="../../cle_desktop/ui/story_desk.py" line="493" />
            <source>Saved {0}</source>
            <translation>Guardado {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="508" />
            <source>Consent not recorded for {0}: this story stays on this laptop until it is.</source>
            <translation>Falta registrar el consentimiento de {0}: esta historia se queda en esta computadora hasta que se registre.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="520" />
            <source>Select a passage first, then tag it.</source>
            <translation>Primero seleccione un fragmento y luego etiquételo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="533" />
            <source>Tagged “{0}” as {1}</source>
            <translation>Se etiquetó “{0}” como {1}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="567" />
            <source>→ {0}</source>
            <translation>→ {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="569" />
            <source>→ (no asset linked)</source>
            <translation>→ (sin recurso vinculado)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="574" />
            <source>⚠ This passage is no longer in the text</source>
            <translation>⚠ Este fragmento ya no está en el texto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/story_desk.py" line="606" />
            <source>similar: {0} ({1} stories)</source>
            <translation>parecido: {0} ({1} historias)</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/story_desk.py" line="148" />
            <source>New story  ({0})</source>
            <translation>Nueva historia  ({0})</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/story_desk.py" line="531" />
            <source>{0} withdrew consent: this story appears in no export, and is kept only until it is erased.</source>
            <translation>{0} retiró su consentimiento: esta historia no aparece en ninguna exportación y solo se guarda hasta que se borre.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/desk_tags.py" line="161" />
            <source>Link to asset</source>
            <translation>Vincular al recurso</translation>
        </message>
    </context>
    <context>
        <name>StoryListModel</name>
        <message>
            <location filename="../../cle_desktop/ui/story_list.py" line="73" />
            <source>Untitled story</source>
            <translation>Historia sin título</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
    <message>
        <source>This laptop is called {0}, the computer's own name. Edit ▸ Preferences gives it a name people know.</source>
        <translation>Esta computadora se llama {0}, el nombre del equipo. Editar ▸ Preferencias le da un nombre que la gente reconozca.</translation>
    </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="45" />
            <source>Carry changes between laptops on a USB stick. Nothing is lost: when two laptops changed the same thing, both versions wait below for you to choose.</source>
            <translation>Lleve los cambios de una computadora a otra en una memoria USB. No se pierde nada: cuando dos computadoras cambiaron lo mismo, las dos versiones esperan abajo a que usted elija.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="54" />
            <source>Sync with a folder on the stick…</source>
            <translation>Sincronizar con una carpeta de la memoria USB…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="55" />
            <source>Export bundle…</source>
            <translation>Exportar paquete…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="56" />
            <source>Import bundle…</source>
            <translation>Importar paquete…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="73" />
            <source>Ask to join a gathering…</source>
            <translation>Pedir unirse a un encuentro…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="74" />
            <source>Invite a laptop…</source>
            <translation>Invitar una computadora…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="75" />
            <source>Join with an invitation…</source>
            <translation>Unirse con una invitación…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="88" />
            <source>Laptop (device)</source>
            <translation>Computadora (dispositivo)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="89" />
            <source>Changes it has</source>
            <translation>Cambios que tiene</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="90" />
            <source>Last import from it</source>
            <translation>Última importación desde ella</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="91" />
            <source>Last export for it</source>
            <translation>Última exportación para ella</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="96" />
            <source>Other laptops</source>
            <translation>Otras computadoras</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="100" />
            <source>No other laptop has exchanged changes with this one yet. Export a bundle to a USB stick, import it on another laptop, then bring that laptop's bundle back here.</source>
            <translation>Ninguna otra computadora ha intercambiado cambios con esta todavía. Exporte un paquete a una memoria USB, impórtelo en otra computadora y luego traiga aquí el paquete de esa computadora.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="109" />
            <source>Conflicts to review</source>
            <translation>Conflictos por revisar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="130" />
            <source>This laptop is device {0}</source>
            <translation>Esta computadora es el dispositivo {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="156" />
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="168" />
            <source>Sync stopped</source>
            <translation>La sincronización se detuvo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="172" />
            <source>Choose the sync folder on the USB stick</source>
            <translation>Elija la carpeta de sincronización en la memoria USB</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="180" />
            <source>Received {0} changes, left {1} for the others.</source>
            <translation>Se recibieron {0} cambios y se dejaron {1} para las demás.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="188" />
            <source>Export a bundle to…</source>
            <translation>Exportar un paquete a…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="193" />
            <source>Wrote {0} changes and {1} photos to {2}.</source>
            <translation>Se guardaron {0} cambios y {1} fotos en {2}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="201" />
            <source>Import a bundle</source>
            <translation>Importar un paquete</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="201" />
            <source>CLE bundles</source>
            <translation>Paquetes de CLE</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="209" />
            <source>Imported {0} new changes and {1} photos.</source>
            <translation>Se importaron {0} cambios nuevos y {1} fotos.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="213" />
            <source>Nothing new: this laptop already had all of it.</source>
            <translation>Nada nuevo: esta computadora ya lo tenía todo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="227" />
            <source>This laptop's fingerprint: {0}. It has not joined a gathering yet: ask the host to invite it, or invite another laptop to make this one the host.</source>
            <translation>Huella de esta computadora: {0}. Todavía no se unió a un encuentro: pida a la anfitriona que la invite, o invite otra computadora para que esta sea la anfitriona.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="231" />
            <source>This laptop's fingerprint: {0}. Gathering: {1}, {2} laptops.</source>
            <translation>Huella de esta computadora: {0}. Encuentro: {1}, {2} computadoras.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="246" />
            <source>Not done</source>
            <translation>No se hizo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="249" />
            <source>Trusted laptops</source>
            <translation>Computadoras de confianza</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="253" />
            <source>Save the join request for the host</source>
            <translation>Guardar la solicitud para la anfitriona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="260" />
            <source>Carry {0} to the host laptop. This laptop's fingerprint is {1}.</source>
            <translation>Lleve {0} a la computadora anfitriona. La huella de esta computadora es {1}.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="266" />
            <source>Choose the new laptop's join request</source>
            <translation>Elija la solicitud para unirse de la computadora nueva</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="271" />
            <source>Save the invitation</source>
            <translation>Guardar la invitación</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="278" />
            <source>Invited {0}. Carry {1} back to it and compare this code on both screens: {2}</source>
            <translation>Se invitó a {0}. Llévele {1} y compare este código en las dos pantallas: {2}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="284" />
            <source>Choose the host's invitation</source>
            <translation>Elija la invitación de la anfitriona</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/sync_view.py" line="291" />
            <source>Joined {0}. Compare this code with the host's screen: {1}</source>
            <translation>Se unió a {0}. Compare este código con la pantalla de la anfitriona: {1}</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Computadora</translation>
        </message>
        <message>
            <source>This laptop is called {0}.</source>
            <translation>Esta computadora se llama {0}.</translation>
        </message>
        <message>
            <source>Device {0}</source>
            <translation>Dispositivo {0}</translation>
        </message>
        <message>
            <source>Laptop {0}</source>
            <translation>Computadora {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0} of %Ln changes</source>
            <translation>
                <numerusform>{0} de %Ln cambio</numerusform>
                <numerusform>{0} de %Ln cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>another laptop</source>
            <translation>otra computadora</translation>
        </message>
        <message numerus="yes">
            <source>Received %Ln changes</source>
            <translation>
                <numerusform>Se recibió %Ln cambio</numerusform>
                <numerusform>Se recibieron %Ln cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left %Ln for the others.</source>
            <translation>
                <numerusform>se dejó %Ln para las demás.</numerusform>
                <numerusform>se dejaron %Ln para las demás.</numerusform>
            </translation>
        </message>
        <message>
            <source>From: {0}.</source>
            <translation>De: {0}.</translation>
        </message>
        <message>
            <source>Reading the bundles in {0}…</source>
            <translation>Leyendo los paquetes de {0}…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln changes</source>
            <translation>
                <numerusform>Se escribió %Ln cambio</numerusform>
                <numerusform>Se escribieron %Ln cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln photos to {0}.</source>
            <translation>
                <numerusform>y %Ln foto en {0}.</numerusform>
                <numerusform>y %Ln fotos en {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Collecting the changes…</source>
            <translation>Reuniendo los cambios…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln new changes</source>
            <translation>
                <numerusform>Se importó %Ln cambio nuevo</numerusform>
                <numerusform>Se importaron %Ln cambios nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln photos from {0}.</source>
            <translation>
                <numerusform>y %Ln foto de {0}.</numerusform>
                <numerusform>y %Ln fotos de {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking {0}…</source>
            <translation>Revisando {0}…</translation>
        </message>
        <message numerus="yes">
            <source>This laptop's fingerprint: {0}. Gathering: {1}, %n laptops.</source>
            <translation>
                <numerusform>Huella de esta computadora: {0}. Encuentro: {1}, %n computadora.</numerusform>
                <numerusform>Huella de esta computadora: {0}. Encuentro: {1}, %n computadoras.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagKind</name>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="95" />
            <source>Asset</source>
            <translation>Recurso</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="96" />
            <source>Gift</source>
            <translation>Don</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/labels.py" line="97" />
            <source>Hope</source>
            <translation>Esperanza</translation>
        </message>
    </context>
    <context>
        <name>ReportExportPanel</name>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Report format</source>
            <translation>Formato del informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>CLE network</source>
            <translation>Red CLE</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Host team only</source>
            <translation>Solo el equipo anfitrión</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Report language</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Export report…</source>
            <translation>Exportar informe…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Report progress</source>
            <translation>Progreso del informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Open file</source>
            <translation>Abrir archivo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Report:</source>
            <translation>Informe:</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>PDF to print or share</source>
            <translation>PDF para imprimir o compartir</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Web page (HTML)</source>
            <translation>Página web (HTML)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Word document to edit (DOCX)</source>
            <translation>Documento de Word para editar (DOCX)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Spreadsheet (XLSX)</source>
            <translation>Hoja de cálculo (XLSX)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>CSV tables (ZIP)</source>
            <translation>Tablas CSV (ZIP)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Map points (GeoJSON)</source>
            <translation>Puntos del mapa (GeoJSON)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Google Earth (KML)</source>
            <translation>Google Earth (KML)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Research project (REFI-QDA)</source>
            <translation>Proyecto de investigación (REFI-QDA)</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Export report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Writing the report…</source>
            <translation>Generando el informe…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Report written to {0}</source>
            <translation>Informe guardado en {0}</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>The report was not written</source>
            <translation>No se pudo generar el informe</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Not found</source>
            <translation>No encontrado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>{0} is no longer there; export the report again.</source>
            <translation>{0} ya no está allí; exporte el informe de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>Not opened</source>
            <translation>No se abrió</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/export_dialog.py" line="1" />
            <source>No program on this computer opens {0}.</source>
            <translation>Ningún programa de esta computadora abre {0}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Gathering what this audience may see…</source>
            <translation>Reuniendo lo que este público puede ver…</translation>
        </message>
        <message>
            <source>Drawing the charts and photos…</source>
            <translation>Dibujando los gráficos y las fotos…</translation>
        </message>
        <message>
            <source>Writing the file…</source>
            <translation>Escribiendo el archivo…</translation>
        </message>
        <message>
            <source>{0} {1}%</source>
            <translation>{0} {1} %</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Something went wrong inside CLE Desktop ({0}). What is saved stays saved, and the story you are typing is still in the window.</source>
            <translation>Algo salió mal dentro de CLE Desktop ({0}). Lo guardado sigue guardado y la historia que está escribiendo sigue en la ventana.</translation>
        </message>
        <message>
            <source>The details for whoever helps you are in {0}</source>
            <translation>Los detalles, para quien le ayude, están en {0}</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/about.py" line="37" />
            <source>About CLE Desktop</source>
            <translation>Acerca de CLE Desktop</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/about.py" line="43" />
            <source>Capture and share a Community Learning Exchange, offline: stories, assets, gifts and hopes, photos and the community's map.</source>
            <translation>Recoger y compartir un Intercambio de Aprendizaje Comunitario, sin conexión: historias, recursos, dones y esperanzas, fotos y el mapa de la comunidad.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/about.py" line="48" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/about.py" line="49" />
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/about.py" line="50" />
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/about.py" line="51" />
            <source>Database file</source>
            <translation>Archivo de la base de datos</translation>
        </message>
    </context>
    <context>
        <name>DeskCommands</name>
    <message>
        <source>Open a story in the list first.</source>
        <translation>Abra primero una historia de la lista.</translation>
    </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/desk_commands.py" line="31" />
            <source>Untitled story</source>
            <translation>Historia sin título</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/desk_commands.py" line="36" />
            <source>Delete story</source>
            <translation>Borrar la historia</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/desk_commands.py" line="37" />
            <source>Delete “{0}”? Its text, tags and links leave every list and report; a copy stays in the change log.</source>
            <translation>¿Borrar «{0}»? Su texto, etiquetas y vínculos salen de todas las listas e informes; queda una copia en el registro de cambios.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/desk_commands.py" line="46" />
            <source>Deleted “{0}”.</source>
            <translation>Se borró «{0}».</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/desk_commands.py" line="52" />
            <source>delete tag</source>
            <translation>el borrado de la etiqueta</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/desk_commands.py" line="69" />
            <source>Choose a tag in the list first.</source>
            <translation>Elija primero una etiqueta de la lista.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/desk_commands.py" line="74" />
            <source>Tag deleted. Undo with {0}.</source>
            <translation>Etiqueta borrada. Se deshace con {0}.</translation>
        </message>
    </context>
    <context>
        <name>FileCommands</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="30" />
            <source>New database file</source>
            <translation>Nuevo archivo de base de datos</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="32" />
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="59" />
            <source>CLE databases</source>
            <translation>Bases de datos de CLE</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="42" />
            <source>File exists</source>
            <translation>El archivo ya existe</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="43" />
            <source>{0} already exists: use Open database file to open it.</source>
            <translation>{0} ya existe: use Abrir archivo de base de datos para abrirlo.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="58" />
            <source>Open database file</source>
            <translation>Abrir archivo de base de datos</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="83" />
            <source>No gathering open</source>
            <translation>No hay ningún encuentro abierto</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="84" />
            <source>Create or open a gathering first.</source>
            <translation>Cree o abra primero un encuentro.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="91" />
            <source>Spreadsheets</source>
            <translation>Hojas de cálculo</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="99" />
            <source>Import a sign-in sheet</source>
            <translation>Importar una hoja de registro</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="109" />
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="130" />
            <source>Not imported</source>
            <translation>No se importó</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="112" />
            <source>Sign-in sheet</source>
            <translation>Hoja de registro</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="121" />
            <source>Import stories</source>
            <translation>Importar historias</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="133" />
            <source>Stories</source>
            <translation>Historias</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="142" />
            <source>Rows imported: {0}</source>
            <translation>Filas importadas: {0}</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="145" />
            <source>Rows already there: {0}</source>
            <translation>Filas que ya estaban: {0}</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/file_commands.py" line="148" />
            <source>Rows not imported: {0}</source>
            <translation>Filas no importadas: {0}</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
    </context>
    <context>
        <name>GatheringCommands</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="56" />
            <source>stories: {0}</source>
            <translation>historias: {0}</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="57" />
            <source>people: {0}</source>
            <translation>personas: {0}</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="58" />
            <source>photos: {0}</source>
            <translation>fotos: {0}</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="59" />
            <source>artifacts: {0}</source>
            <translation>objetos: {0}</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="62" />
            <source>sessions: {0}</source>
            <translation>sesiones: {0}</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="74" />
            <source>Delete “{0}” and everything in it ({1})? It leaves this laptop's lists and, at the next sync, the other laptops' too.</source>
            <translation>¿Borrar «{0}» y todo lo que contiene ({1})? Sale de las listas de esta computadora y, en la próxima sincronización, de las de las demás.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="89" />
            <source>Deleted “{0}”.</source>
            <translation>Se borró «{0}».</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="36" />
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="46" />
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="37" />
            <source>The gathering cannot end before it starts.</source>
            <translation>El encuentro no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/gathering_commands.py" line="80" />
            <source>Delete gathering</source>
            <translation>Borrar el encuentro</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="49" />
            <source>&lt;b&gt;1. A gathering.&lt;/b&gt; Gathering ▸ New gathering names it; Gathering ▸ Sessions and agenda lists its circles, walks and meals, so each story knows where it was told.</source>
            <translation>&lt;b&gt;1. Un encuentro.&lt;/b&gt; Encuentro ▸ Nuevo encuentro le da nombre; Encuentro ▸ Sesiones y programa enumera sus círculos, recorridos y comidas, para que cada historia sepa dónde se contó.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="55" />
            <source>&lt;b&gt;2. People.&lt;/b&gt; File ▸ Import sign-in sheet reads the registration list; the People page records each person's consent.</source>
            <translation>&lt;b&gt;2. Personas.&lt;/b&gt; Archivo ▸ Importar hoja de registro lee la lista de inscripción; la página Personas registra el consentimiento de cada persona.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="66" />
            <source>&lt;b&gt;4. Photos and the map.&lt;/b&gt; File ▸ Import photos; mark who is in each photo. Place the assets on the Map page.</source>
            <translation>&lt;b&gt;4. Fotos y mapa.&lt;/b&gt; Archivo ▸ Importar fotos; marque quién aparece en cada foto. Sitúe los recursos en la página Mapa.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="71" />
            <source>&lt;b&gt;5. Review and share.&lt;/b&gt; The Review page shows whose voices were heard; File ▸ Export report writes the report with consent applied. The Sync page merges laptops by USB stick. {0} searches every story.</source>
            <translation>&lt;b&gt;5. Revisar y compartir.&lt;/b&gt; La página Revisión muestra qué voces se escucharon; Archivo ▸ Exportar informe escribe el informe con el consentimiento aplicado. La página Sincronizar une las computadoras con una memoria USB. {0} busca en todas las historias.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="102" />
            <source>Tag the selection as an asset</source>
            <translation>Etiquetar la selección como recurso</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="103" />
            <source>Tag the selection as a gift</source>
            <translation>Etiquetar la selección como don</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="104" />
            <source>Tag the selection as a hope</source>
            <translation>Etiquetar la selección como esperanza</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="78" />
            <source>Getting started</source>
            <translation>Primeros pasos</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="107" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="113" />
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="113" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/help_dialogs.py" line="56" />
            <source>&lt;b&gt;3. Stories.&lt;/b&gt; {0} starts a story on the Story desk. Type as it is told: it is saved as you type. Select a passage and press {1}, {2} or {3} to tag it as an asset, a gift or a hope.</source>
            <translation>&lt;b&gt;3. Historias.&lt;/b&gt; {0} empieza una historia en la Mesa de historias. Escriba mientras se cuenta: se guarda al escribir. Seleccione un pasaje y pulse {1}, {2} o {3} para etiquetarlo como recurso, don o esperanza.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
    <message>
        <source>Choose a photo of the drawn map first.</source>
        <translation>Elija primero una foto del mapa dibujado.</translation>
    </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="46" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="47" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="48" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="49" />
            <source>&amp;Gathering</source>
            <translation>E&amp;ncuentro</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="50" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="77" />
            <source>New story</source>
            <translation>Nueva historia</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="83" />
            <source>New database file…</source>
            <translation>Nuevo archivo de base de datos…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="89" />
            <source>Open database file…</source>
            <translation>Abrir archivo de base de datos…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="93" />
            <source>Open recent</source>
            <translation>Abrir reciente</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="100" />
            <source>Import sign-in sheet…</source>
            <translation>Importar hoja de registro…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="106" />
            <source>Import stories…</source>
            <translation>Importar historias…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="112" />
            <source>Import photos…</source>
            <translation>Importar fotos…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="118" />
            <source>Join from another laptop's bundle…</source>
            <translation>Unirse con el paquete de otra computadora…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="125" />
            <source>Export report…</source>
            <translation>Exportar informe…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="132" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="149" />
            <source>(none yet)</source>
            <translation>(ninguno todavía)</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="156" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="159" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="167" />
            <source>Delete story…</source>
            <translation>Borrar la historia…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="169" />
            <source>Delete tag</source>
            <translation>Borrar la etiqueta</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="174" />
            <source>Find…</source>
            <translation>Buscar…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="182" />
            <source>Preferences…</source>
            <translation>Preferencias…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="199" />
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="209" />
            <source>New gathering…</source>
            <translation>Nuevo encuentro…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="212" />
            <source>Switch to</source>
            <translation>Cambiar a</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="217" />
            <source>Edit details…</source>
            <translation>Editar los datos…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="223" />
            <source>Sessions and agenda…</source>
            <translation>Sesiones y programa…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="230" />
            <source>Delete gathering…</source>
            <translation>Borrar el encuentro…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="239" />
            <source>Getting started</source>
            <translation>Primeros pasos</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="246" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/menus.py" line="251" />
            <source>About CLE Desktop</source>
            <translation>Acerca de CLE Desktop</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/menus.py" />
            <source>Base map</source>
            <translation>Mapa base</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/menus.py" />
            <source>No base map</source>
            <translation>Sin mapa base</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/menus.py" />
            <source>Tile archive (MBTiles or PMTiles)…</source>
            <translation>Archivo de mosaicos (MBTiles o PMTiles)…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/menus.py" />
            <source>Photo of the drawn map…</source>
            <translation>Foto del mapa dibujado…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/menus.py" />
            <source>Georeference the drawn map…</source>
            <translation>Georreferenciar el mapa dibujado…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="51" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="56" />
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="71" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="63" />
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="76" />
            <source>Note-taker's name</source>
            <translation>Nombre de quien toma notas</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="64" />
            <source>Written on every story captured here</source>
            <translation>Se anota en cada historia recogida aquí</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="67" />
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="77" />
            <source>This laptop's name</source>
            <translation>Nombre de esta computadora</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="68" />
            <source>e.g. Laptop 2 (Jorge)</source>
            <translation>p. ej. Computadora 2 (Jorge)</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="72" />
            <source>A new language shows the next time the app starts.</source>
            <translation>El nuevo idioma se verá la próxima vez que se abra la aplicación.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="78" />
            <source>Other laptops see this name instead of a device number.</source>
            <translation>Las demás computadoras ven este nombre en lugar de un número de dispositivo.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="84" />
            <source>Spreadsheets and bundles from</source>
            <translation>Hojas de cálculo y paquetes desde</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="85" />
            <source>Photos from</source>
            <translation>Fotos desde</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="86" />
            <source>Reports and bundles to</source>
            <translation>Informes y paquetes a</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="93" />
            <source>The last folder used</source>
            <translation>La última carpeta usada</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="94" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/preferences.py" line="120" />
            <source>Choose a folder</source>
            <translation>Elija una carpeta</translation>
        </message>
    </context>
    <context>
        <name>SessionKind</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="41" />
            <source>Circle</source>
            <translation>Círculo</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="42" />
            <source>Story circle</source>
            <translation>Círculo de historias</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="43" />
            <source>Journey line or walk</source>
            <translation>Línea de vida o recorrido</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="44" />
            <source>Gallery walk</source>
            <translation>Recorrido de galería</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="45" />
            <source>Open space</source>
            <translation>Espacio abierto</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="46" />
            <source>Meal</source>
            <translation>Comida</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="47" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>SessionsDialog</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="76" />
            <source>Sessions and agenda</source>
            <translation>Sesiones y programa</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="80" />
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="84" />
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="105" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="85" />
            <source>e.g. Story circles: what we have</source>
            <translation>p. ej. Círculos de historias: lo que tenemos</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="88" />
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="106" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="107" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="110" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="113" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="114" />
            <source>Add session</source>
            <translation>Añadir sesión</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="117" />
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="120" />
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="221" />
            <source>Added “{0}”.</source>
            <translation>Se añadió «{0}».</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="234" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="244" />
            <source>Remove session</source>
            <translation>Quitar la sesión</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="245" />
            <source>Remove “{0}” from the agenda? Its stories stay, with no session.</source>
            <translation>¿Quitar «{0}» del programa? Sus historias se quedan, sin sesión.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/sessions_dialog.py" line="251" />
            <source>Removed “{0}”.</source>
            <translation>Se quitó «{0}».</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/start_page.py" line="19" />
            <source>No gathering is open</source>
            <translation>No hay ningún encuentro abierto</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/start_page.py" line="23" />
            <source>Create the gathering you are capturing, or, on a second laptop, join from a bundle another laptop exported to a USB stick.</source>
            <translation>Cree el encuentro que está recogiendo o, en una segunda computadora, únase con un paquete que otra computadora exportó a una memoria USB.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/start_page.py" line="29" />
            <source>Create a gathering…</source>
            <translation>Crear un encuentro…</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/start_page.py" line="32" />
            <source>Join from another laptop's bundle…</source>
            <translation>Unirse con el paquete de otra computadora…</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewer</name>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photo_viewer.py" line="40" />
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photo_viewer.py" line="56" />
            <source>← Previous</source>
            <translation>← Anterior</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photo_viewer.py" line="58" />
            <source>Next →</source>
            <translation>Siguiente →</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photo_viewer.py" line="94" />
            <source>This photo's file cannot be read.</source>
            <translation>No se puede leer el archivo de esta foto.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photo_viewer.py" line="103" />
            <source>In this photo: {0}</source>
            <translation>En esta foto: {0}</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photo_viewer.py" line="108" />
            <source>Who is in this photo? Nobody is marked yet, so it stays out of the public report: tick the people in it on the Photos page.</source>
            <translation>¿Quién aparece en esta foto? Todavía no se ha marcado a nadie, así que queda fuera del informe público: marque a las personas en la página de fotos.</translation>
        </message>
        <message>
            <location filename="../work/h-workday/cle_desktop/ui/photo_viewer.py" line="112" />
            <source>{0} of {1}</source>
            <translation>{0} de {1}</translation>
        </message>
    </context>
    <context>
        <name>ProgressRow</name>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>Making the demo gathering…</source>
            <translation>Preparando el encuentro de demostración…</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="36" />
            <source>Untitled gathering</source>
            <translation>Encuentro sin nombre</translation>
        </message>
    </context>
    <context>
        <name>NameGatheringBanner</name>
    <message>
        <source>Name it…</source>
        <translation>Ponerle nombre…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>Join from a bundle…</source>
        <translation>Unirse con un paquete…</translation>
    </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="56" />
            <source>Type away: this is a new gathering with no name yet. Name it whenever you like.</source>
            <translation>Escriba sin esperar: es un encuentro nuevo, todavía sin nombre. Póngale nombre cuando quiera.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="61" />
            <source>Name this gathering…</source>
            <translation>Poner nombre al encuentro…</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="63" />
            <source>Open the demo instead</source>
            <translation>Abrir la demostración</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/first_run.py" line="65" />
            <source>Join from another laptop's bundle…</source>
            <translation>Unirse con el paquete de otra computadora…</translation>
        </message>
    </context>
    <context>
        <name>GeorefDialog</name>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Georeference the drawn map</source>
            <translation>Georreferenciar el mapa dibujado</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>The drawn map: click a place you can also find on a real map</source>
            <translation>El mapa dibujado: haga clic en un lugar que también pueda encontrar en un mapa real</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Whole drawing</source>
            <translation>Todo el dibujo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>1. Click two or three places on the drawing</source>
            <translation>1. Haga clic en dos o tres lugares del dibujo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Point</source>
            <translation>Punto</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>On the drawing</source>
            <translation>En el dibujo</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Latitude</source>
            <translation>Latitud</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Longitude</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>2. Give each point its place: click the tile map, or type its latitude and longitude</source>
            <translation>2. Indique dónde está cada punto: haga clic en el mapa de mosaicos o escriba su latitud y longitud</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>2. Give each point its place: type its latitude and longitude</source>
            <translation>2. Indique dónde está cada punto: escriba su latitud y longitud</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>The photo of the drawn map could not be read.</source>
            <translation>No se pudo leer la foto del mapa dibujado.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Tile map: click where the chosen point is</source>
            <translation>Mapa de mosaicos: haga clic donde está el punto elegido</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Tile archive</source>
            <translation>Archivo de mosaicos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Tile map</source>
            <translation>Mapa de mosaicos</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Three points are enough: choose a point's number to move it, or remove one.</source>
            <translation>Tres puntos son suficientes: elija el número de un punto para moverlo, o quite uno.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Click the place on the drawing first, then on the tile map.</source>
            <translation>Haga clic primero en el lugar del dibujo y luego en el mapa de mosaicos.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Click a place on the drawing you can also find on a real map: a crossroads, the school, the river bridge.</source>
            <translation>Haga clic en un lugar del dibujo que también pueda encontrar en un mapa real: un cruce, la escuela, el puente del río.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Give point {0} its place: click the tile map, or type its latitude and longitude.</source>
            <translation>Indique dónde está el punto {0}: haga clic en el mapa de mosaicos o escriba su latitud y longitud.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Give point {0} its place: type its latitude and longitude.</source>
            <translation>Indique dónde está el punto {0}: escriba su latitud y longitud.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Now click a second place on the drawing, far from the first.</source>
            <translation>Ahora haga clic en un segundo lugar del dibujo, lejos del primero.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>The points are in a line or on one spot; choose points spread over the drawing.</source>
            <translation>Los puntos están en línea o en un mismo sitio; elija puntos repartidos por el dibujo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Press Save to georeference the drawing.</source>
            <translation>Presione Guardar para georreferenciar el dibujo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Two points give an exact fit: the drawing is turned, scaled and moved to meet them, so there is no error to show. A third point lets you check it.</source>
            <translation>Dos puntos dan un ajuste exacto: el dibujo se gira, se escala y se desplaza hasta coincidir con ellos, así que no hay error que mostrar. Un tercer punto permite comprobarlo.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Residual error: {0} m on average (RMS), at most {1} m at point {2}, against one true-to-scale fit of the three points. The saved fit meets all three.</source>
            <translation>Error residual: {0} m de media (RMS), como máximo {1} m en el punto {2}, frente a un ajuste a escala real de los tres puntos. El ajuste guardado coincide con los tres.</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>latitude, e.g. 35.6870</source>
            <translation>latitud, p. ej. 35.6870</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>longitude, e.g. -105.9378</source>
            <translation>longitud, p. ej. -105.9378</translation>
        </message>
        <message>
            <location filename="../../cle_desktop/ui/georef_dialog.py" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
</TS>