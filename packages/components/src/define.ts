// Registers every Lectern element (each tolerates being registered twice).
import "./talk-card/define.js";
