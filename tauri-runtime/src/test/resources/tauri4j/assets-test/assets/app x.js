console.log("app x");
