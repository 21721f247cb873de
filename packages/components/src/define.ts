// Registers every Lectern element (each tolerates being registered twice).
import "./talk-card/define.js";
import "./schedule-grid/define.js";
import "./speaker-list/define.js";
import "./event-summary/define.js";
import "./talk-list/define.js";
import "./paper-list/define.js";
