using Lupus.Web;

await LupusWebApp.Build(args).RunAsync();
