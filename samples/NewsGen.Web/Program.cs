using NewsGen.Web;

var app = Site.Build(args);
app.Run();
