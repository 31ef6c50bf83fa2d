using Lupus.Cli;

return LupusApp.Run(args);
